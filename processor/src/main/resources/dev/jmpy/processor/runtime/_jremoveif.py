def _jremoveif(items, test):
    # Collection.removeIf used as a value: whether any element was removed
    n = len(items)
    if isinstance(items, list):
        items[:] = [x for x in items if not test(x)]
    else:
        for x in list(items):
            if test(x):
                items.discard(x)
    return len(items) != n


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> xs = [1, 2, 3, 4]
# java: var xs = new ArrayList<>(List.of(1, 2, 3, 4));
# >>> _jremoveif(xs, lambda x: x % 2 == 0)
# java: xs.removeIf(x -> x % 2 == 0)
# >>> xs
# java: xs
# >>> _jremoveif(xs, lambda x: x > 5)
# java: xs.removeIf(x -> x > 5)
# >>> s = {1, 2, 3}
# java: var s = new HashSet<>(Set.of(1, 2, 3));
# >>> _jremoveif(s, lambda x: x < 3)
# java: s.removeIf(x -> x < 3)
# >>> len(s)
# java: s.size()
