def _jgcd(a, b):
    # BigInteger.gcd: non-negative, gcd(0, 0) is 0 (MicroPython's math has no gcd).
    a = -a if a < 0 else a
    b = -b if b < 0 else b
    while b:
        a, b = b, a % b
    return a


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jgcd(12, -18)
# java: java.math.BigInteger.valueOf(12).gcd(java.math.BigInteger.valueOf(-18))
# >>> _jgcd(0, 0)
# java: java.math.BigInteger.ZERO.gcd(java.math.BigInteger.ZERO)
# >>> _jgcd(2 ** 100, 6 ** 50)
# java: java.math.BigInteger.TWO.pow(100).gcd(java.math.BigInteger.valueOf(6).pow(50))
