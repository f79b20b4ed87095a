import timeouts

timeouts.main()
