def _jbitlen(v):
    # BigInteger.bitLength: bits of the two's complement without the sign bit (MicroPython's int
    # has no bit_length).
    n = ~v if v < 0 else v
    return len(bin(n)) - 2 if n else 0


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jbitlen(255)
# java: java.math.BigInteger.valueOf(255).bitLength()
# >>> _jbitlen(-256)
# java: java.math.BigInteger.valueOf(-256).bitLength()
# >>> _jbitlen(-257)
# java: java.math.BigInteger.valueOf(-257).bitLength()
# >>> _jbitlen(0)
# java: java.math.BigInteger.ZERO.bitLength()
# >>> _jbitlen(2 ** 100)
# java: java.math.BigInteger.TWO.pow(100).bitLength()
