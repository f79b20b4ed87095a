import blink

blink.main()
