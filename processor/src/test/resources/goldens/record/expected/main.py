import point

point.main()
