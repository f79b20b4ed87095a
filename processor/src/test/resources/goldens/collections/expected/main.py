import coll

coll.main()
