import streams

streams.main()
