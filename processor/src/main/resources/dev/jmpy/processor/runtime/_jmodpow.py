def _jmodpow(a, e, m):
    # BigInteger.modPow: the result in [0, m); a negative exponent uses a's inverse; Java's
    # ArithmeticException (ZeroDivisionError in jmpy's mapping) for m <= 0 or no inverse.
    if m <= 0:
        raise ZeroDivisionError("BigInteger: modulus not positive")
    if e < 0:
        x, y, u, v = a % m, m, 1, 0
        while y:
            q = x // y
            x, y, u, v = y, x - q * y, v, u - q * v
        if x != 1:
            raise ZeroDivisionError("BigInteger not invertible.")
        a, e = u, -e
    return pow(a, e, m)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jmodpow(3, 200, 1000007)
# java: java.math.BigInteger.valueOf(3).modPow(java.math.BigInteger.valueOf(200), java.math.BigInteger.valueOf(1000007))
# >>> _jmodpow(-7, 3, 10)
# java: java.math.BigInteger.valueOf(-7).modPow(java.math.BigInteger.valueOf(3), java.math.BigInteger.TEN)
# >>> _jmodpow(3, -1, 11)
# java: java.math.BigInteger.valueOf(3).modPow(java.math.BigInteger.valueOf(-1), java.math.BigInteger.valueOf(11))
# >>> _jmodpow(2, -1, 4)
# java: java.math.BigInteger.TWO.modPow(java.math.BigInteger.valueOf(-1), java.math.BigInteger.valueOf(4))
# >>> _jmodpow(2, 5, 0)
# java: java.math.BigInteger.TWO.modPow(java.math.BigInteger.valueOf(5), java.math.BigInteger.ZERO)
