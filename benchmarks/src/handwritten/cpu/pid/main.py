import pid

pid.main()
