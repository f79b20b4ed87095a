def _jrev(v, w=32, b=1):
    # Integer.reverse (b=8: reverseBytes; w=64: Long's): the bits (or bytes) in reverse order.
    v &= (1 << w) - 1
    r = 0
    for _ in range(w // b):
        r = r << b | v & (1 << b) - 1
        v >>= b
    return r - (1 << w) if r >> w - 1 else r


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jrev(1)
# java: Integer.reverse(1)
# >>> _jrev(0x0F0F0F0F)
# java: Integer.reverse(0x0F0F0F0F)
# >>> _jrev(0x12345678, 32, 8)
# java: Integer.reverseBytes(0x12345678)
# >>> _jrev(-2, 32, 8)
# java: Integer.reverseBytes(-2)
# >>> _jrev(1, 64)
# java: Long.reverse(1L)
# >>> _jrev(0x0102030405060708, 64, 8)
# java: Long.reverseBytes(0x0102030405060708L)
