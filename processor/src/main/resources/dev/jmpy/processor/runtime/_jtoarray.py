def _jtoarray(c, a):
    # Collection.toArray(a): the elements into a when it is long enough (then a null after the
    # last, as Java), else a new array of their number; an object array is a list
    items = list(c)
    n = len(items)
    if len(a) < n:
        return items
    a[:n] = items
    if len(a) > n:
        a[n] = None
    return a


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jtoarray(["a", "b"], [None, None])
# java: Arrays.asList(List.of("a", "b").toArray(new String[2]))
# >>> _jtoarray(["a", "b"], [])
# java: Arrays.asList(List.of("a", "b").toArray(new String[0]))
# >>> _jtoarray(["a"], ["x", "y", "z"])
# java: Arrays.asList(List.of("a").toArray(new String[] {"x", "y", "z"}))
