def _jputifabsent(m, k, v):
    old = m.get(k)
    if old is None:
        m[k] = v
    return old


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> m = {"a": 1}
# java: var m = new HashMap<String, Integer>(Map.of("a", 1));
# >>> _jputifabsent(m, "a", 9)
# java: m.putIfAbsent("a", 9)
# >>> _jputifabsent(m, "b", 2)
# java: m.putIfAbsent("b", 2)
# >>> m["n"] = None
# java: m.put("n", null);
# >>> _jputifabsent(m, "n", 3)
# java: m.putIfAbsent("n", 3)
# >>> m["n"]
# java: m.get("n")
