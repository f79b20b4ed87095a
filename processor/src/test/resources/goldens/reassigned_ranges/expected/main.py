import words

words.main()
