def _jdistinct(items):
    # Stream.distinct(): the first of each group of equal elements, in order
    out = []
    seen = set()
    for x in items:
        try:
            if x in seen:
                continue
            seen.add(x)
        except TypeError:
            # a list is not hashable: compared with ==, as Java's equals
            if x in out:
                continue
        out.append(x)
    return out


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jdistinct([3, 1, 3, 2, 1])
# java: Stream.of(3, 1, 3, 2, 1).distinct().toList()
# >>> _jdistinct(["b", "a", "b"])
# java: Stream.of("b", "a", "b").distinct().toList()
# >>> _jdistinct([[1], [2], [1]])
# java: Stream.of(List.of(1), List.of(2), List.of(1)).distinct().toList()
