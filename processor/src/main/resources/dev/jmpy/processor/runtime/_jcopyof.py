def _jcopyof(a, lo, hi, w, grow=False, zero=None):
    # Arrays.copyOf(a, n) (lo 0, hi n, grow) and copyOfRange(a, lo, hi): a new array of the same
    # kind, past a's end Java's zeros (w bytes each, MicroPython's array reads them as 0; w 0: a
    # list, padded with zero: null, or 0 for a long[]); Java's checks
    if grow:
        _jmpy.size(hi)
    elif lo > hi:
        raise ValueError("%d > %d" % (lo, hi))
    elif lo < 0 or lo > len(a):
        raise IndexError("Array index out of range: %d" % lo)
    b = a[lo:hi]
    n = hi - lo - len(b)
    if n:
        b.extend(bytes(n * w) if w else [zero] * n)
    return b


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> a = array("i", [3, -1, 4])
# java: int[] a = {3, -1, 4};
# >>> _jcopyof(a, 0, 2, 4, True)
# java: Arrays.copyOf(a, 2)
# >>> _jcopyof(a, 0, 5, 4, True)
# java: Arrays.copyOf(a, 5)
# >>> _jcopyof(a, 0, -1, 4, True)
# java: run(() -> Arrays.copyOf(a, -1))
# >>> _jcopyof(a, 1, 3, 4)
# java: Arrays.copyOfRange(a, 1, 3)
# >>> _jcopyof(a, 2, 6, 4)
# java: Arrays.copyOfRange(a, 2, 6)
# >>> _jcopyof(a, 3, 3, 4)
# java: Arrays.copyOfRange(a, 3, 3)
# >>> _jcopyof(a, 2, 1, 4)
# java: run(() -> Arrays.copyOfRange(a, 2, 1))
# >>> _kind(lambda: _jcopyof(a, 4, 5, 4))
# java: kind(() -> Arrays.copyOfRange(a, 4, 5))
# >>> _kind(lambda: _jcopyof(a, -1, 2, 4))
# java: kind(() -> Arrays.copyOfRange(a, -1, 2))
# >>> _jcopyof([-5, -9223372036854775808], 0, 3, 0, True, 0)
# java: Arrays.copyOf(new long[] {-5, Long.MIN_VALUE}, 3)
# >>> _jcopyof([9223372036854775807, 1], 1, 3, 0, False, 0)
# java: Arrays.copyOfRange(new long[] {Long.MAX_VALUE, 1}, 1, 3)
# >>> _jcopyof(bytearray([1, 0]), 1, 4, 1)
# java: Arrays.copyOfRange(new boolean[] {true, false}, 1, 4)
# >>> _jcopyof(["x", "y"], 0, 3, 0, True)
# java: Arrays.copyOf(new String[] {"x", "y"}, 3)
