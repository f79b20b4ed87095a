def _jfloormod(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    return a % b


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jfloormod(-7, 2)
# java: Math.floorMod(-7, 2)
# >>> _jfloormod(7, -2)
# java: Math.floorMod(7, -2)
# >>> _jfloormod(7, 2)
# java: Math.floorMod(7, 2)
# >>> _jfloormod(7, 0)
# java: Math.floorMod(7, zero())
