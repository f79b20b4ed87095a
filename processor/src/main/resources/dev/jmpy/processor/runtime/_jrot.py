def _jrot(v, d, w=32):
    # Integer.rotateLeft(v, d) (rotateRight is d negated; w=64: Long's): only d's low bits count.
    m = (1 << w) - 1
    v &= m
    d &= w - 1
    r = (v << d | v >> w - d) & m
    return r - (1 << w) if r >> w - 1 else r


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jrot(1, 31)
# java: Integer.rotateLeft(1, 31)
# >>> _jrot(-2147483647, -1)
# java: Integer.rotateRight(-2147483647, 1)
# >>> _jrot(0x12345678, 36)
# java: Integer.rotateLeft(0x12345678, 36)
# >>> _jrot(1, -1, 64)
# java: Long.rotateRight(1L, 1)
# >>> _jrot(-3, 0)
# java: Integer.rotateLeft(-3, 0)
