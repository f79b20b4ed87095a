def _jpow(x, y):
    # Math.pow: C's pow, with Java's answers where MicroPython raises (an infinite or NaN result of
    # finite arguments) or C differs (pow(1, NaN), pow(-1, infinity) are NaN in Java)
    import math
    if y != y:
        return math.nan
    if (x == 1 or x == -1) and y - y != 0:
        return math.nan
    try:
        return math.pow(x, y)
    except ValueError:
        if x < 0 and y != math.floor(y):
            return math.nan  # a negative base, a fractional exponent
        # overflow, or a zero base with a negative exponent: -infinity for a negative base (-0.0
        # too) raised to an odd integer
        return -math.inf if math.copysign(1.0, x) < 0 and y % 2 == 1 else math.inf


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jpow(2.0, 10.0)
# java: (float) Math.pow(2, 10)
# >>> _jpow(2.0, -2.0)
# java: (float) Math.pow(2, -2)
# >>> _jpow(-3.0, 3.0)
# java: (float) Math.pow(-3, 3)
# >>> _jpow(9.0, 0.5)
# java: (float) Math.pow(9, 0.5)
# >>> _jpow(0.0, -1.0)
# java: (float) Math.pow(0, -1)
# >>> _jpow(-0.0, -3.0)
# java: (float) Math.pow(-0.0, -3)
# >>> _jpow(-0.0, -2.0)
# java: (float) Math.pow(-0.0, -2)
# >>> _jpow(-8.0, 1 / 3)
# java: (float) Math.pow(-8, 1.0 / 3)
# >>> _jpow(10.0, 400.0)
# java: (float) Math.pow(10, 400)
# >>> _jpow(-10.0, 401.0)
# java: (float) Math.pow(-10, 401)
# >>> _jpow(1.0, float("nan"))
# java: (float) Math.pow(1, Double.NaN)
# >>> _jpow(float("nan"), 0.0)
# java: (float) Math.pow(Double.NaN, 0)
# >>> _jpow(-1.0, float("inf"))
# java: (float) Math.pow(-1, Double.POSITIVE_INFINITY)
# >>> _jpow(0.5, float("inf"))
# java: (float) Math.pow(0.5, Double.POSITIVE_INFINITY)
# >>> _jpow(float("inf"), -1.0)
# java: (float) Math.pow(Double.POSITIVE_INFINITY, -1)
