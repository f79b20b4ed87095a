def _jfloordiv(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    return a // b


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jfloordiv(-7, 2)
# java: Math.floorDiv(-7, 2)
# >>> _jfloordiv(7, -2)
# java: Math.floorDiv(7, -2)
# >>> _jfloordiv(7, 2)
# java: Math.floorDiv(7, 2)
# >>> _jfloordiv(7, 0)
# java: Math.floorDiv(7, zero())
