def _jhob(v, w=32):
    # Integer.highestOneBit (w=64: Long's): the highest set bit of the two's complement, signed.
    v &= (1 << w) - 1
    if not v:
        return 0
    b = 1 << len(bin(v)) - 3
    return -b if b >> w - 1 else b


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jhob(100)
# java: Integer.highestOneBit(100)
# >>> _jhob(0)
# java: Integer.highestOneBit(0)
# >>> _jhob(-5)
# java: Integer.highestOneBit(-5)
# >>> _jhob(-5, 64)
# java: Long.highestOneBit(-5L)
# >>> _jhob(3000000000, 64)
# java: Long.highestOneBit(3000000000L)
