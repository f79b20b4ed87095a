def _w64(v):
    if (v >> 63) + 1 >> 1:
        return (v + 9223372036854775808 & 18446744073709551615) - 9223372036854775808
    return v


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _w64(9223372036854775807 + 1)
# java: Long.MAX_VALUE + 1
# >>> _w64(-9223372036854775808 - 1)
# java: Long.MIN_VALUE - 1
# >>> _w64(9223372036854775807 * 3)
# java: Long.MAX_VALUE * 3
# >>> _w64(-42)
# java: -42L
