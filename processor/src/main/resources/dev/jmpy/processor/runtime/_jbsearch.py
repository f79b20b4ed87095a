def _jbsearch(a, lo, hi, key, cmp, ranged=False):
    # Arrays/Collections.binarySearch over [lo, hi): Java's own steps, so among equal elements the
    # same index is found, and -(insertion point) - 1 when absent; cmp None is natural order; a
    # range given by the program is checked as Java checks it
    if ranged:
        _jrangecheck(len(a), lo, hi)
    hi -= 1
    while lo <= hi:
        mid = (lo + hi) >> 1
        v = a[mid]
        c = (v > key) - (v < key) if cmp is None else cmp(v, key)
        if c < 0:
            lo = mid + 1
        elif c > 0:
            hi = mid - 1
        else:
            return mid
    return -(lo + 1)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> a = array("i", [1, 3, 3, 3, 7, 9])
# java: int[] a = {1, 3, 3, 3, 7, 9};
# >>> [_jbsearch(a, 0, len(a), k, None) for k in (0, 1, 3, 4, 9, 10)]
# java: IntStream.of(0, 1, 3, 4, 9, 10).map(k -> Arrays.binarySearch(a, k)).boxed().toList()
# >>> _jbsearch(a, 3, 6, 3, None, True)
# java: Arrays.binarySearch(a, 3, 6, 3)
# >>> _jbsearch(a, 3, 7, 3, None, True)
# java: run(() -> Arrays.binarySearch(a, 3, 7, 3))
# >>> _jbsearch(["c", "b", "a"], 0, 3, "b", lambda x, y: (x < y) - (x > y))
# java: Arrays.binarySearch(new String[] {"c", "b", "a"}, "b", Comparator.reverseOrder())
# >>> _jbsearch([], 0, 0, 5, None)
# java: Collections.binarySearch(List.<Integer>of(), 5)
