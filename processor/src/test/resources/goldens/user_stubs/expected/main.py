from garden import planter

planter.main()
