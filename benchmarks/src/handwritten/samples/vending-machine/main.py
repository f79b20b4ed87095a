import vending

vending.main()
