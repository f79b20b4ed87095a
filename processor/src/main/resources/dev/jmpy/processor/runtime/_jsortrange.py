def _jsortrange(a, lo, hi, cmp):
    # Arrays.sort(a, from, to[, cmp]): Java's range checks, then [lo, hi) sorted in place (stable,
    # as Java's sort of objects is; cmp None is natural order)
    _jrangecheck(len(a), lo, hi)
    part = sorted(a[lo:hi]) if cmp is None else _jsort(list(a[lo:hi]), cmp)
    for i in range(len(part)):
        a[lo + i] = part[i]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> a = array("i", [5, 4, 3, 2, 1])
# java: int[] a = {5, 4, 3, 2, 1};
# >>> _jsortrange(a, 1, 4, None)
# java: Arrays.sort(a, 1, 4);
# >>> a
# java: a
# >>> w = ["b1", "a1", "b0", "a0"]
# java: String[] w = {"b1", "a1", "b0", "a0"};
# >>> _jsortrange(w, 0, 4, lambda x, y: ord(x[0]) - ord(y[0]))
# java: Arrays.sort(w, 0, 4, (x, y) -> x.charAt(0) - y.charAt(0));
# >>> w
# java: w
# >>> _jsortrange(a, 3, 2, None)
# java: run(() -> Arrays.sort(a, 3, 2))
# >>> _jsortrange(a, 0, 6, None)
# java: run(() -> Arrays.sort(a, 0, 6))
