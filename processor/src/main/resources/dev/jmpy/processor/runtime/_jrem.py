def _jrem(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    r = a % b
    if r != 0 and (r < 0) != (a < 0):
        r -= b
    return r


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jrem(-7, 2)
# java: -7 % 2
# >>> _jrem(7, -2)
# java: 7 % -2
# >>> _jrem(-7, -2)
# java: -7 % -2
# >>> _jrem(6, 3)
# java: 6 % 3
# >>> _jrem(7, 0)
# java: 7 % zero()
