import fn

fn.main()
