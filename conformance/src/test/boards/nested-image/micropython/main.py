from app import greeter

greeter.main()
