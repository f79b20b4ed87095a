def _jcbrt(x):
    # Math.cbrt: the sign kept, cubes of integers exact (x ** (1/3) is not), zeros, infinities, NaN
    if x - x != 0 or not x:
        return float(x)
    a = abs(x)
    r = a ** (1 / 3)
    n = float(round(r))
    if n * n * n == a:
        r = n
    else:
        r -= (r * r * r - a) / (3 * r * r)  # one Newton step from pow's estimate
    return r if x > 0 else -r


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jcbrt(27.0)
# java: (float) Math.cbrt(27)
# >>> _jcbrt(-8.0)
# java: (float) Math.cbrt(-8)
# >>> _jcbrt(1e9)
# java: (float) Math.cbrt(1e9)
# >>> _jcbrt(-0.0)
# java: (float) Math.cbrt(-0.0)
# >>> _jcbrt(float("inf"))
# java: (float) Math.cbrt(Double.NEGATIVE_INFINITY * -1)
# >>> _jcbrt(float("nan"))
# java: (float) Math.cbrt(Double.NaN)
