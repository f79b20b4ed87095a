def _jfdiv(a, b):
    # Java's float division: by zero an infinity, or NaN for 0 / 0 (MicroPython raises
    # ZeroDivisionError).
    if b:
        return a / b
    import math
    if a != a or not a:
        return math.nan
    return math.copysign(math.inf, a) * math.copysign(1.0, b)


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfdiv(1.0, 3.0)
# java: 1f / 3f
# >>> _jfdiv(1.0, 0.0)
# java: 1f / 0f
# >>> _jfdiv(1.0, -0.0)
# java: 1f / -0f
# >>> _jfdiv(-2, 0.0)
# java: -2 / 0f
# >>> _jfdiv(0.0, 0.0)
# java: 0f / 0f
# >>> _jfdiv(float("nan"), 0.0)
# java: Float.NaN / 0f
# >>> _jfdiv(7, 2.0)
# java: 7 / 2f
