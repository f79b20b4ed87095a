import ctors

ctors.main()
