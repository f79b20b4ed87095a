def _jhypot(x, y):
    # Math.hypot: sqrt(x*x + y*y) without overflow or underflow in between; an infinity wins over NaN
    import math
    x = abs(x)
    y = abs(y)
    if x == math.inf or y == math.inf:
        return math.inf
    if x < y:
        x, y = y, x
    if x != x or y != y:
        return math.nan
    if not x:
        return 0.0
    s = x * x + y * y
    if s == math.inf or s < 1e-30:
        r = y / x  # scaled by the larger side
        return x * math.sqrt(1 + r * r)
    return math.sqrt(s)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jhypot(3.0, 4.0)
# java: (float) Math.hypot(3, 4)
# >>> _jhypot(-5.0, 12.0)
# java: (float) Math.hypot(-5, 12)
# >>> _jhypot(0.0, -0.0)
# java: (float) Math.hypot(0, -0.0)
# >>> _jhypot(3e300, 4e300)
# java: (float) Math.hypot(3e300, 4e300)
# >>> _jhypot(float("nan"), float("inf"))
# java: (float) Math.hypot(Double.NaN, Double.POSITIVE_INFINITY)
# >>> _jhypot(float("nan"), 1.0)
# java: (float) Math.hypot(Double.NaN, 1)
