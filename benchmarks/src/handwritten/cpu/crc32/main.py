import crc32

crc32.main()
