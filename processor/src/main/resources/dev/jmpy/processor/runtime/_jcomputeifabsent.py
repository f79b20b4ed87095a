def _jcomputeifabsent(m, k, f):
    v = m.get(k)
    if v is None:
        v = f(k)
        if v is not None:
            m[k] = v
    return v


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> m = {"a": 1}
# java: var m = new HashMap<String, Integer>(Map.of("a", 1));
# >>> _jcomputeifabsent(m, "a", len)
# java: m.computeIfAbsent("a", String::length)
# >>> _jcomputeifabsent(m, "abc", len)
# java: m.computeIfAbsent("abc", String::length)
# >>> _jcomputeifabsent(m, "zz", lambda k: None)
# java: m.computeIfAbsent("zz", k -> null)
# >>> "zz" in m
# java: m.containsKey("zz")
# >>> m["n"] = None
# java: m.put("n", null);
# >>> _jcomputeifabsent(m, "n", len)
# java: m.computeIfAbsent("n", String::length)
