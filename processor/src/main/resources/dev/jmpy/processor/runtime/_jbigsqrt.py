def _jbigsqrt(v):
    # BigInteger.sqrt(): the floor of the square root, by Newton's method on ints
    if v < 0:
        raise ZeroDivisionError("Negative BigInteger")  # Java's ArithmeticException
    if v < 2:
        return v
    r = 1 << ((len(bin(v)) - 1) // 2)  # at least the root: 2 ** ceil(bits / 2)
    while True:
        s = (r + v // r) >> 1
        if s >= r:
            return r
        r = s


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jbigsqrt(0)
# java: java.math.BigInteger.ZERO.sqrt()
# >>> _jbigsqrt(1)
# java: java.math.BigInteger.ONE.sqrt()
# >>> _jbigsqrt(15)
# java: java.math.BigInteger.valueOf(15).sqrt()
# >>> _jbigsqrt(16)
# java: java.math.BigInteger.valueOf(16).sqrt()
# >>> _jbigsqrt(10 ** 40 - 1)
# java: java.math.BigInteger.TEN.pow(40).subtract(java.math.BigInteger.ONE).sqrt()
# >>> _jbigsqrt(2 ** 127)
# java: java.math.BigInteger.TWO.pow(127).sqrt()
# >>> _jbigsqrt(-4)
# java: java.math.BigInteger.valueOf(-4).sqrt()
