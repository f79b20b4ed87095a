def _jarc(f, x):
    # Math.asin / acos (f: math.asin, math.acos): NaN outside [-1, 1] (math's raise)
    if -1 <= x <= 1:
        return f(x)
    import math
    return math.nan


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> import math
# java: int math = 0;
# >>> _jarc(math.asin, 0.0)
# java: (float) Math.asin(0)
# >>> _jarc(math.asin, -0.0)
# java: (float) Math.asin(-0.0)
# >>> _jarc(math.acos, 1.0)
# java: (float) Math.acos(1)
# >>> _jarc(math.asin, 1.5)
# java: (float) Math.asin(1.5)
# >>> _jarc(math.acos, float("-inf"))
# java: (float) Math.acos(Double.NEGATIVE_INFINITY)
# >>> _jarc(math.acos, float("nan"))
# java: (float) Math.acos(Double.NaN)
