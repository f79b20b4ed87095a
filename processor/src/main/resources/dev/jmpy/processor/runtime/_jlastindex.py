def _jlastindex(items, x):
    # List.lastIndexOf: the last index of an element equal to x, or -1
    i = len(items) - 1
    while i >= 0 and not items[i] == x:
        i -= 1
    return i


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jlastindex([1, 2, 1, 3], 1)
# java: List.of(1, 2, 1, 3).lastIndexOf(1)
# >>> _jlastindex([1, 2, 1, 3], 4)
# java: List.of(1, 2, 1, 3).lastIndexOf(4)
# >>> _jlastindex([], "a")
# java: List.of().lastIndexOf("a")
# >>> _jlastindex(["a", None, "b", None], None)
# java: Arrays.asList("a", null, "b", null).lastIndexOf(null)
