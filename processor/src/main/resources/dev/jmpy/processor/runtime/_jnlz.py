def _jnlz(v, w=32):
    # Integer.numberOfLeadingZeros (w=64: Long's): MicroPython's int has no bit_length.
    v &= (1 << w) - 1
    return w - len(bin(v)) + 2 if v else w


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jnlz(1)
# java: Integer.numberOfLeadingZeros(1)
# >>> _jnlz(0)
# java: Integer.numberOfLeadingZeros(0)
# >>> _jnlz(-1)
# java: Integer.numberOfLeadingZeros(-1)
# >>> _jnlz(65535)
# java: Integer.numberOfLeadingZeros(65535)
# >>> _jnlz(1, 64)
# java: Long.numberOfLeadingZeros(1L)
# >>> _jnlz(-9223372036854775808, 64)
# java: Long.numberOfLeadingZeros(Long.MIN_VALUE)
