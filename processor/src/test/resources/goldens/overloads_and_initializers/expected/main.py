import over

over.main()
