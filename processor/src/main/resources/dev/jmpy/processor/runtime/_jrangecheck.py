def _jrangecheck(n, lo, hi):
    # Java's Arrays.rangeCheck of [lo, hi) in an array of length n
    if lo > hi:
        raise ValueError("fromIndex(%d) > toIndex(%d)" % (lo, hi))
    if lo < 0 or hi > n:
        raise IndexError("Array index out of range: %d" % (lo if lo < 0 else hi))


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jrangecheck(3, 0, 3)
# java: run(() -> Arrays.fill(new int[3], 0, 3, 0))
# >>> _jrangecheck(3, 2, 1)
# java: run(() -> Arrays.fill(new int[3], 2, 1, 0))
# >>> _jrangecheck(3, -1, 1)
# java: run(() -> Arrays.fill(new int[3], -1, 1, 0))
# >>> _jrangecheck(3, 1, 4)
# java: run(() -> Arrays.fill(new int[3], 1, 4, 0))
