def _jfceil(x):
    # (float) Math.ceil(x): a float, -0.0 for values in (-1, 0) as Java's (math.ceil gives an int).
    if x - x != 0 or not x:
        return x
    import math
    return math.copysign(float(math.ceil(x)), x)


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfceil(-0.5)
# java: (float) Math.ceil(-0.5f)
# >>> _jfceil(2.1)
# java: (float) Math.ceil(2.1f)
# >>> _jfceil(-2.1)
# java: (float) Math.ceil(-2.1f)
# >>> _jfceil(float("inf"))
# java: (float) Math.ceil(Float.POSITIVE_INFINITY)
# >>> _jfceil(float("nan"))
# java: (float) Math.ceil(Float.NaN)
