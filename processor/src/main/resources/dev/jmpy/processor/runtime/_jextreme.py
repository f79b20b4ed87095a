def _jextreme(items, cmp, sign, optional=False):
    # Collections.max (sign 1) / min (sign -1): the first best element; cmp None is natural order;
    # Stream.max / min (optional): None (an empty Optional) when empty
    best = None
    first = True
    for x in items:
        if first:
            best = x
            first = False
        elif cmp is None:
            if x > best if sign > 0 else x < best:
                best = x
        elif cmp(x, best) * sign > 0:
            best = x
    if first:
        if optional:
            return None
        raise KeyError()
    return best


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jextreme([3, 9, 2, 9], None, 1)
# java: Collections.max(List.of(3, 9, 2, 9))
# >>> _jextreme(["pear", "fig", "apple"], None, -1)
# java: Collections.min(List.of("pear", "fig", "apple"))
# >>> _jextreme(["pear", "fig", "kiwi"], lambda a, b: len(a) - len(b), 1)
# java: Collections.max(List.of("pear", "fig", "kiwi"), (a, b) -> a.length() - b.length())
# >>> _jextreme(["pear", "fig", "kiwi", "yam"], lambda a, b: len(a) - len(b), -1)
# java: Collections.min(List.of("pear", "fig", "kiwi", "yam"), (a, b) -> a.length() - b.length())
# >>> _kind(lambda: _jextreme([], None, 1))
# java: kind(() -> Collections.max(new ArrayList<Integer>()))
# >>> _jextreme([], None, 1, True)
# java: Stream.<Integer>of().max(Comparator.naturalOrder()).orElse(null)
# >>> _jextreme(["bb", "a", "cc"], lambda x, y: len(x) - len(y), 1, True)
# java: Stream.of("bb", "a", "cc").max((x, y) -> x.length() - y.length()).get()
