import color

color.main()
