def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _w32(2147483647 + 1)
# java: Integer.MAX_VALUE + 1
# >>> _w32(-2147483648 - 1)
# java: Integer.MIN_VALUE - 1
# >>> _w32(65536 * 65536 + 5)
# java: 65536 * 65536 + 5
# >>> _w32(123456789 * 1000)
# java: 123456789 * 1000
# >>> _w32(-42)
# java: -42
