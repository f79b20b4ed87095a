def _jfmax(a, b):
    # Math.max of floats: NaN if either is NaN, 0.0 above -0.0 (Python's max compares with <).
    if a != a or b != b:
        return a + b
    if a == b:
        import math
        return b if math.copysign(1.0, a) < 0 else a
    return a if a > b else b


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfmax(1.5, -2.0)
# java: Math.max(1.5f, -2f)
# >>> _jfmax(0.0, -0.0)
# java: Math.max(0f, -0f)
# >>> _jfmax(-0.0, 0.0)
# java: Math.max(-0f, 0f)
# >>> _jfmax(1.0, float("nan"))
# java: Math.max(1f, Float.NaN)
# >>> _jfmax(float("-inf"), -3.0)
# java: Math.max(Float.NEGATIVE_INFINITY, -3f)
