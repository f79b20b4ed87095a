import button

button.main()
