def _jentry(e):
    # Java's text of a Map.Entry, key=value; an entry is a (key, value) tuple here
    if e is None:
        return "null"
    return _jstr(e[0]) + "=" + _jstr(e[1])


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jentry(("a", 1))
# java: String.valueOf(Map.entry("a", 1))
# >>> _jentry((3, [True, None]))
# java: String.valueOf(Map.entry(3, Arrays.asList(true, null)))
# >>> _jentry(None)
# java: String.valueOf((Object) null)
