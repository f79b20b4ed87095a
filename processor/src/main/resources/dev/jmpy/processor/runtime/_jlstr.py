def _jlstr(v):
    # Java's text of a collection of Strings, boxed numbers or objects of yours (never a bool or a
    # collection, which the general text helper prints): "null", or [a, b], "null" for a null element
    if v is None:
        return "null"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        return "[" + ", ".join(["null" if x is None else str(x) for x in v]) + "]"
    return str(v)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jlstr(None)
# java: String.valueOf((Object) null)
# >>> _jlstr([1, None, -3])
# java: String.valueOf(Arrays.asList(1, null, -3))
# >>> _jlstr(["a", None, ""])
# java: String.valueOf(Arrays.asList("a", null, ""))
# >>> _jlstr([])
# java: String.valueOf(List.of())
# >>> _jlstr({7})
# java: String.valueOf(Set.of(7))
# >>> _jlstr((3, None))
# java: String.valueOf(Arrays.asList(3, null))
# >>> _jlstr({"k": 1}.keys())
# java: String.valueOf(Map.of("k", 1).keySet())
# >>> _jlstr([9223372036854775807, -9223372036854775808])
# java: String.valueOf(List.of(Long.MAX_VALUE, Long.MIN_VALUE))
