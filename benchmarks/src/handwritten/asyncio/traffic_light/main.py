import traffic_light

traffic_light.main()
