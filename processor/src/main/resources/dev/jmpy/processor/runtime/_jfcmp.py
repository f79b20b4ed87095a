def _jfcmp(a, b):
    # Float.compare: -1, 0 or 1, with -0.0 below 0.0 and NaN above everything and equal to itself.
    if a < b:
        return -1
    if a > b:
        return 1
    a = _jfbits(a)
    b = _jfbits(b)
    return (a > b) - (a < b)


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfcmp(1.0, 2.0)
# java: Float.compare(1f, 2f)
# >>> _jfcmp(0.0, -0.0)
# java: Float.compare(0f, -0f)
# >>> _jfcmp(float("nan"), float("inf"))
# java: Float.compare(Float.NaN, Float.POSITIVE_INFINITY)
# >>> _jfcmp(float("nan"), float("nan"))
# java: Float.compare(Float.NaN, Float.NaN)
# >>> _jfcmp(-1.0, float("nan"))
# java: Float.compare(-1f, Float.NaN)
