def _jexp(x):
    # Math.exp: Infinity beyond the range (math.exp raises)
    import math
    try:
        return math.exp(x)
    except ValueError:
        return math.inf


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jexp(0.0)
# java: (float) Math.exp(0)
# >>> _jexp(1000.0)
# java: (float) Math.exp(1000)
# >>> _jexp(-1000.0)
# java: (float) Math.exp(-1000)
# >>> _jexp(float("-inf"))
# java: (float) Math.exp(Double.NEGATIVE_INFINITY)
# >>> _jexp(float("nan"))
# java: (float) Math.exp(Double.NaN)
