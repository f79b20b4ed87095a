def _jbigpow(a, e):
    # BigInteger.pow: Java's ArithmeticException (ZeroDivisionError in jmpy's mapping) for a
    # negative exponent, where Python's ** gives a float.
    if e < 0:
        raise ZeroDivisionError("Negative exponent")
    return a ** e


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jbigpow(3, 40)
# java: java.math.BigInteger.valueOf(3).pow(40)
# >>> _jbigpow(-2, 0)
# java: java.math.BigInteger.valueOf(-2).pow(0)
# >>> _jbigpow(2, -1)
# java: java.math.BigInteger.TWO.pow(-1)
