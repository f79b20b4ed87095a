import table

table.main()
