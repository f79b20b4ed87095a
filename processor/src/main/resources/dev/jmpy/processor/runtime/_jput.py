def _jput(m, k, v):
    old = m.get(k)
    m[k] = v
    return old


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> m = {"a": 1}
# java: var m = new HashMap<String, Integer>(Map.of("a", 1));
# >>> _jput(m, "a", 2)
# java: m.put("a", 2)
# >>> _jput(m, "b", 3)
# java: m.put("b", 3)
# >>> m["a"]
# java: m.get("a")
