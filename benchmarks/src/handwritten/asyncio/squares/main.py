import squares

squares.main()
