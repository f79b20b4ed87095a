import sensor_app

sensor_app.main()
