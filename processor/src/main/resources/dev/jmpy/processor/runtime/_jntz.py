def _jntz(v, w=32):
    # Integer.numberOfTrailingZeros (w=64: Long's): the lowest set bit's index, w for 0.
    v &= (1 << w) - 1
    return len(bin(v & -v)) - 3 if v else w


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jntz(8)
# java: Integer.numberOfTrailingZeros(8)
# >>> _jntz(0)
# java: Integer.numberOfTrailingZeros(0)
# >>> _jntz(-2147483648)
# java: Integer.numberOfTrailingZeros(Integer.MIN_VALUE)
# >>> _jntz(0, 64)
# java: Long.numberOfTrailingZeros(0L)
# >>> _jntz(1 << 40, 64)
# java: Long.numberOfTrailingZeros(1L << 40)
