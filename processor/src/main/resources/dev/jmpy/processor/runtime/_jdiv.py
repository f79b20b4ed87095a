def _jdiv(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jdiv(-7, 2)
# java: -7 / 2
# >>> _jdiv(7, -2)
# java: 7 / -2
# >>> _jdiv(-7, -2)
# java: -7 / -2
# >>> _jdiv(6, 3)
# java: 6 / 3
# >>> _jdiv(7, 0)
# java: 7 / zero()
