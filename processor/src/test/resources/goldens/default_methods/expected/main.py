from dm import main

main.main()
