def _jexact(v, w=32):
    # Math.addExact, multiplyExact, ... (w=64: the long overloads; toIntExact): the exact result,
    # or ArithmeticException (ZeroDivisionError in jmpy's mapping) where Java's would overflow.
    if -(1 << w - 1) <= v < 1 << w - 1:
        return v
    raise ZeroDivisionError("integer overflow" if w == 32 else "long overflow")


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jexact(2147483647 + 0)
# java: Math.addExact(2147483647, 0)
# >>> _jexact(2147483647 + 1)
# java: Math.addExact(2147483647, 1)
# >>> _jexact(-2147483648 * -1)
# java: Math.multiplyExact(-2147483648, -1)
# >>> _jexact(9223372036854775807 + 1, 64)
# java: Math.addExact(9223372036854775807L, 1L)
# >>> _jexact(3000000000)
# java: Math.toIntExact(3000000000L)
