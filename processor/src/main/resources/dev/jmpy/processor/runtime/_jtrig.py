def _jtrig(f, x):
    # Math.sin / cos / tan (f: math.sin, ...): NaN of an infinity (math's raise)
    if x - x == 0:
        return f(x)
    import math
    return math.nan


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> import math
# java: int math = 0;
# >>> _jtrig(math.sin, 0.0)
# java: (float) Math.sin(0)
# >>> _jtrig(math.sin, -0.0)
# java: (float) Math.sin(-0.0)
# >>> _jtrig(math.cos, 0.0)
# java: (float) Math.cos(0)
# >>> _jtrig(math.tan, 0.0)
# java: (float) Math.tan(0)
# >>> _jtrig(math.sin, float("inf"))
# java: (float) Math.sin(Double.POSITIVE_INFINITY)
# >>> _jtrig(math.cos, float("-inf"))
# java: (float) Math.cos(Double.NEGATIVE_INFINITY)
# >>> _jtrig(math.tan, float("nan"))
# java: (float) Math.tan(Double.NaN)
