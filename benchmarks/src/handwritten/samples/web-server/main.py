import web_server

web_server.main()
