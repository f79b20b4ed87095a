import parse

parse.main()
