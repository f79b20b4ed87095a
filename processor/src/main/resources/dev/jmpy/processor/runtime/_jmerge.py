def _jmerge(m, k, v, f):
    old = m.get(k)
    new = v if old is None else f(old, v)
    if new is None:
        m.pop(k, None)
    else:
        m[k] = new
    return new


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> m = {"a": 1}
# java: var m = new HashMap<String, Integer>(Map.of("a", 1));
# >>> _jmerge(m, "a", 2, lambda x, y: x + y)
# java: m.merge("a", 2, Integer::sum)
# >>> _jmerge(m, "b", 5, lambda x, y: x + y)
# java: m.merge("b", 5, Integer::sum)
# >>> _jmerge(m, "a", 1, lambda x, y: None)
# java: m.merge("a", 1, (x, y) -> null)
# >>> m
# java: m
