import old_firmware

old_firmware.main()
