def _jlog(f, x):
    # Math.log / Math.log10 (f: math.log, math.log10): -Infinity at zero, NaN below (math's raise)
    if x > 0:
        return f(x)
    import math
    return -math.inf if x == 0 else math.nan


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> import math
# java: int math = 0;
# >>> _jlog(math.log, 1.0)
# java: (float) Math.log(1)
# >>> _jlog(math.log10, 1000.0)
# java: (float) Math.log10(1000)
# >>> _jlog(math.log10, 0.001)
# java: (float) Math.log10(0.001)
# >>> _jlog(math.log, 0.0)
# java: (float) Math.log(0)
# >>> _jlog(math.log10, -0.0)
# java: (float) Math.log10(-0.0)
# >>> _jlog(math.log, -1.0)
# java: (float) Math.log(-1)
# >>> _jlog(math.log, float("inf"))
# java: (float) Math.log(Double.POSITIVE_INFINITY)
# >>> _jlog(math.log, float("nan"))
# java: (float) Math.log(Double.NaN)
