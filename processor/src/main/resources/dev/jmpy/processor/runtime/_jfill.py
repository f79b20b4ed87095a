def _jfill(a, v, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    elif lo > hi:
        raise ValueError("fromIndex(%d) > toIndex(%d)" % (lo, hi))
    elif lo < 0 or hi > len(a):
        raise IndexError("Array index out of range: %d" % (lo if lo < 0 else hi))
    if lo < hi:
        # one store, then doubling copies: a few slice assignments, not one store per element
        a[lo] = v
        n = 1
        while n < hi - lo:
            k = min(n, hi - lo - n)
            a[lo + n:lo + n + k] = a[lo:lo + k]
            n += k


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> a = array("i", memoryview(bytes(7)))
# java: var a = new int[7];
# >>> _jfill(a, -3)
# java: Arrays.fill(a, -3);
# >>> a
# java: a
# >>> _jfill(a, 9, 2, 5)
# java: Arrays.fill(a, 2, 5, 9);
# >>> a
# java: a
# >>> _jfill(a, 1, 3, 3)
# java: Arrays.fill(a, 3, 3, 1);
# >>> a
# java: a
# >>> _jfill(a, 1, 4, 3)
# java: run(() -> Arrays.fill(a, 4, 3, 1))
# >>> _jfill(a, 1, -1, 3)
# java: run(() -> Arrays.fill(a, -1, 3, 1))
# >>> _jfill(a, 1, 0, 8)
# java: run(() -> Arrays.fill(a, 0, 8, 1))
# >>> b = bytearray(5)
# java: var b = new boolean[5];
# >>> _jfill(b, True, 1, 5)
# java: Arrays.fill(b, 1, 5, true);
# >>> b
# java: b
# >>> s = [None] * 3
# java: var s = new String[3];
# >>> _jfill(s, "x")
# java: Arrays.fill(s, "x");
# >>> s
# java: s
# >>> e = array("b")
# java: var e = new byte[0];
# >>> _jfill(e, 1)
# java: Arrays.fill(e, (byte) 1);
# >>> e
# java: e
