def _jfbits(x):
    # Float.floatToIntBits: the float's bits as a signed int, every NaN as 0x7fc00000 (also
    # Float.hashCode, and what Float.compare and equals compare).
    if x != x:
        return 2143289344
    import struct
    return struct.unpack("<i", struct.pack("<f", x))[0]


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfbits(1.0)
# java: Float.floatToIntBits(1f)
# >>> _jfbits(-0.0)
# java: Float.floatToIntBits(-0f)
# >>> _jfbits(float("nan"))
# java: Float.floatToIntBits(Float.NaN)
# >>> _jfbits(-2.5)
# java: Float.floatToIntBits(-2.5f)
# >>> _jfbits(0.1)
# java: Float.hashCode(0.1f)
