def _jf2i(x, m=2147483647):
    # Java's (int) of a float (m: (long)): truncated toward zero, NaN is 0, beyond the range the
    # nearest bound (MicroPython's int() raises for NaN and infinities, and grows past the bounds).
    if x != x:
        return 0
    if x >= m:
        return m
    if x <= -m - 1:
        return -m - 1
    return int(x)


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jf2i(-2.9)
# java: (int) -2.9f
# >>> _jf2i(float("nan"))
# java: (int) Float.NaN
# >>> _jf2i(3e9)
# java: (int) 3e9f
# >>> _jf2i(-float("inf"))
# java: (int) Float.NEGATIVE_INFINITY
# >>> _jf2i(2147483520.0)
# java: (int) 2147483520f
# >>> _jf2i(-0.5)
# java: (int) -0.5f
# >>> _jf2i(float(9999999980506447872), 9223372036854775807)
# java: (long) 1e19f
# >>> _jf2i(-float(9999999980506447872), 9223372036854775807)
# java: (long) -1e19f
# >>> _jf2i(float(999999984306749440), 9223372036854775807)
# java: (long) 1e18f
