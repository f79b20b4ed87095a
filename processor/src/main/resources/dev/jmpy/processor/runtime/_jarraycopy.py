def _jarraycopy(src, sp, dst, dp, n):
    # System.arraycopy: Java's bounds checks, and overlapping ranges copied as if through a
    # temporary array (the slice of src is a copy)
    if n < 0 or sp < 0 or dp < 0 or sp + n > len(src) or dp + n > len(dst):
        raise IndexError("arraycopy: out of bounds")
    dst[dp:dp + n] = src[sp:sp + n]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> a = [1, 2, 3, 4, 5]
# java: var a = new Integer[] {1, 2, 3, 4, 5};
# >>> _jarraycopy(a, 0, a, 1, 4)
# java: System.arraycopy(a, 0, a, 1, 4);
# >>> a
# java: Arrays.asList(a)
# >>> _jarraycopy(a, 2, a, 0, 3)
# java: System.arraycopy(a, 2, a, 0, 3);
# >>> a
# java: Arrays.asList(a)
# >>> b = [0, 0, 0]
# java: var b = new Integer[] {0, 0, 0};
# >>> _jarraycopy(a, 3, b, 1, 2)
# java: System.arraycopy(a, 3, b, 1, 2);
# >>> b
# java: Arrays.asList(b)
# >>> _kind(lambda: _jarraycopy(a, 4, b, 0, 2))
# java: kind(() -> { System.arraycopy(a, 4, b, 0, 2); return 0; })
# >>> _kind(lambda: _jarraycopy(a, 0, b, 0, -1))
# java: kind(() -> { System.arraycopy(a, 0, b, 0, -1); return 0; })
