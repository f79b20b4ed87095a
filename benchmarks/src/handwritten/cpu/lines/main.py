import lines

lines.main()
