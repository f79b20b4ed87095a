import collect

collect.main()
