from shapes import main

main.main()
