def _jfround(x, m=2147483647):
    # Java's Math.round(float) (m: Math.round(double), a long): floor(x + 1/2) computed exactly,
    # NaN is 0, beyond the range the nearest bound (Python's round() rounds half to even).
    if x != x:
        return 0
    if x >= m:
        return m
    if x <= -m - 1:
        return -m - 1
    import math
    f = math.floor(x)
    return f + 1 if x - f >= 0.5 else f


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfround(2.5)
# java: Math.round(2.5f)
# >>> _jfround(-2.5)
# java: Math.round(-2.5f)
# >>> _jfround(0.49999997)
# java: Math.round(0.49999997f)
# >>> _jfround(-0.50000006)
# java: Math.round(-0.50000006f)
# >>> _jfround(8388609.0)
# java: Math.round(8388609f)
# >>> _jfround(float("nan"))
# java: Math.round(Float.NaN)
# >>> _jfround(3e9)
# java: Math.round(3e9f)
# >>> _jfround(-float("inf"))
# java: Math.round(Float.NEGATIVE_INFINITY)
