def _jffloor(x):
    # (float) Math.floor(x): a float (math.floor gives an int, and raises for infinities and NaN).
    if x - x != 0 or not x:
        return x
    import math
    return float(math.floor(x))


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jffloor(-0.5)
# java: (float) Math.floor(-0.5f)
# >>> _jffloor(2.7)
# java: (float) Math.floor(2.7f)
# >>> _jffloor(-0.0)
# java: (float) Math.floor(-0f)
# >>> _jffloor(float("-inf"))
# java: (float) Math.floor(Float.NEGATIVE_INFINITY)
# >>> _jffloor(float("nan"))
# java: (float) Math.floor(Float.NaN)
