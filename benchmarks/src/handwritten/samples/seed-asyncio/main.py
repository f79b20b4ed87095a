import seed_asyncio

seed_asyncio.main()
