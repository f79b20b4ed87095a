def _jtomap(items, key, value):
    # Collectors.toMap(key, value): a duplicate key is Java's IllegalStateException
    m = {}
    for x in items:
        k = key(x)
        v = value(x)
        if k in m:
            raise _jmpy.IllegalStateException("Duplicate key %s (attempted merging values %s and %s)" % (k, m[k], v))
        m[k] = v
    return m


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jtomap(["a", "bb"], lambda s: s, lambda s: len(s))["bb"]
# java: Stream.of("a", "bb").collect(Collectors.toMap(s -> s, s -> s.length())).get("bb")
# >>> _jtomap(["a", "b", "a"], lambda s: s, lambda s: 1)
# java: run(() -> Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> 1)))
