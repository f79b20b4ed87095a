def _jfmin(a, b):
    # Math.min of floats: NaN if either is NaN, -0.0 below 0.0 (Python's min compares with <).
    if a != a or b != b:
        return a + b
    if a == b:
        import math
        return a if math.copysign(1.0, a) < 0 else b
    return a if a < b else b


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfmin(1.5, -2.0)
# java: Math.min(1.5f, -2f)
# >>> _jfmin(0.0, -0.0)
# java: Math.min(0f, -0f)
# >>> _jfmin(-0.0, 0.0)
# java: Math.min(-0f, 0f)
# >>> _jfmin(1.0, float("nan"))
# java: Math.min(1f, Float.NaN)
# >>> _jfmin(float("nan"), 1.0)
# java: Math.min(Float.NaN, 1f)
