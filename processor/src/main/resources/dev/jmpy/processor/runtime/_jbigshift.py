def _jbigshift(v, n):
    # BigInteger.shiftLeft(n) (shiftRight(n) is shiftLeft(-n)): a negative distance shifts the
    # other way, where Python raises; >> floors, as Java's shiftRight does
    return v << n if n >= 0 else v >> -n


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jbigshift(5, 3)
# java: java.math.BigInteger.valueOf(5).shiftLeft(3)
# >>> _jbigshift(5, -1)
# java: java.math.BigInteger.valueOf(5).shiftLeft(-1)
# >>> _jbigshift(-5, -1)
# java: java.math.BigInteger.valueOf(5).negate().shiftRight(1)
# >>> _jbigshift(-1, -100)
# java: java.math.BigInteger.ONE.negate().shiftRight(100)
# >>> _jbigshift(12345678901234567890, 70)
# java: new java.math.BigInteger("12345678901234567890").shiftLeft(70)
# >>> _jbigshift(7, 2)
# java: java.math.BigInteger.valueOf(7).shiftRight(-2)
