def _jfsqrt(x):
    # (float) Math.sqrt(x): NaN below zero, as Java's (math.sqrt raises ValueError). A float's
    # square root rounded once to float is the same as rounded through double.
    import math
    return math.sqrt(x) if x >= 0 else math.nan


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfsqrt(2.0)
# java: (float) Math.sqrt(2f)
# >>> _jfsqrt(-1.0)
# java: (float) Math.sqrt(-1f)
# >>> _jfsqrt(-0.0)
# java: (float) Math.sqrt(-0f)
# >>> _jfsqrt(float("nan"))
# java: (float) Math.sqrt(Float.NaN)
# >>> _jfsqrt(float("inf"))
# java: (float) Math.sqrt(Float.POSITIVE_INFINITY)
# >>> _jfsqrt(1 / 3)
# java: (float) Math.sqrt(1f / 3)
