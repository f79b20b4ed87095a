def _jstr(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, dict):
        parts = []
        for k in v:
            parts.append(_jstr(k) + "=" + _jstr(v[k]))
        return "{" + ", ".join(parts) + "}"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        parts = []
        for x in v:
            parts.append(_jstr(x))
        return "[" + ", ".join(parts) + "]"
    return str(v)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jstr(None)
# java: String.valueOf((Object) null)
# >>> _jstr(True)
# java: String.valueOf(true)
# >>> _jstr([1, None, False, "x"])
# java: String.valueOf(Arrays.asList(1, null, false, "x"))
# >>> _jstr({"a": [1, 2]})
# java: String.valueOf(Map.of("a", List.of(1, 2)))
# >>> _jstr((3, None))
# java: String.valueOf(Arrays.asList(3, null))
# >>> _jstr({7})
# java: String.valueOf(Set.of(7))
# >>> _jstr({"k": 1}.keys())
# java: String.valueOf(Map.of("k", 1).keySet())
# >>> _jstr(-5)
# java: String.valueOf(-5)
