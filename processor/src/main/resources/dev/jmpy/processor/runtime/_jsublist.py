def _jsublist(items, start, end, cut=False):
    # List.subList(start, end) used at once, with Java's checks; cut: subList(...).clear()
    if start < 0:
        raise IndexError("fromIndex = " + str(start))
    if end > len(items):
        raise IndexError("toIndex = " + str(end))
    if start > end:
        raise ValueError("fromIndex(" + str(start) + ") > toIndex(" + str(end) + ")")
    if cut:
        del items[start:end]
        return None
    return items[start:end]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> xs = [0, 1, 2, 3, 4, 5]
# java: var xs = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
# >>> _jsublist(xs, 1, 4)
# java: xs.subList(1, 4)
# >>> _jsublist(xs, 6, 6)
# java: xs.subList(6, 6)
# >>> _jsublist(xs, 1, 3, True)
# java: xs.subList(1, 3).clear();
# >>> xs
# java: xs
# >>> _kind(lambda: _jsublist(xs, -1, 2))
# java: kind(() -> xs.subList(-1, 2))
# >>> _kind(lambda: _jsublist(xs, 0, 5))
# java: kind(() -> xs.subList(0, 5))
# >>> _jsublist(xs, 3, 2)
# java: xs.subList(3, 2)
