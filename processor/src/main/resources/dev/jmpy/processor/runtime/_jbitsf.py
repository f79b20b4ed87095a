def _jbitsf(i):
    # Float.intBitsToFloat: the float whose bits are those of the int.
    import struct
    return struct.unpack("<f", struct.pack("<i", i))[0]


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jbitsf(1065353216)
# java: Float.intBitsToFloat(1065353216)
# >>> _jbitsf(-2147483648)
# java: Float.intBitsToFloat(0x80000000)
# >>> _jbitsf(1)
# java: Float.intBitsToFloat(1)
# >>> _jbitsf(2139095040)
# java: Float.intBitsToFloat(0x7f800000)
