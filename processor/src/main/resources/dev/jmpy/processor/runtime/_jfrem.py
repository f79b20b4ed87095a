def _jfrem(a, b):
    # Java's float %: the remainder of the truncated quotient (math.fmod), NaN where Java's is
    # (MicroPython's % floors, and fmod raises for a zero divisor or an infinite dividend).
    import math
    if not b or a - a != 0:
        return math.nan
    return math.fmod(a, b)


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfrem(-7.5, 2.0)
# java: -7.5f % 2f
# >>> _jfrem(7.5, -2.0)
# java: 7.5f % -2f
# >>> _jfrem(-4.0, 2.0)
# java: -4f % 2f
# >>> _jfrem(5.0, 0.0)
# java: 5f % 0f
# >>> _jfrem(float("inf"), 2.0)
# java: Float.POSITIVE_INFINITY % 2f
# >>> _jfrem(2.5, float("inf"))
# java: 2.5f % Float.POSITIVE_INFINITY
# >>> _jfrem(2.5, float("nan"))
# java: 2.5f % Float.NaN
# >>> _jfrem(0.1, 0.03)
# java: 0.1f % 0.03f
