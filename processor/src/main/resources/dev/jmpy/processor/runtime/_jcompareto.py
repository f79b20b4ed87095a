def _jcompareto(a, b):
    # Comparable.compareTo on a type variable: Strings by Java's char difference, numbers and
    # booleans by sign, enums by ordinal, the class's own compare_to, a lambda's call
    if isinstance(a, str):
        return _jstrcmp(a, b)
    if isinstance(a, int) or isinstance(a, float) or a is True or a is False:
        return (a > b) - (a < b)
    if hasattr(a, "compare_to"):
        return a.compare_to(b)
    if callable(a) and not hasattr(a, "_ordinal"):
        return a(b)  # a lambda given as a Comparable
    return a._ordinal - b._ordinal


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> [_jcompareto(3, 7), _jcompareto(7, 3), _jcompareto(5, 5), _jcompareto(-2147483648, 1)]
# java: List.of(Integer.valueOf(3).compareTo(7), Integer.valueOf(7).compareTo(3), Integer.valueOf(5).compareTo(5), Integer.valueOf(Integer.MIN_VALUE).compareTo(1))
# >>> [_jcompareto("pear", "apple"), _jcompareto("a", "abc"), _jcompareto("x", "x")]
# java: List.of("pear".compareTo("apple"), "a".compareTo("abc"), "x".compareTo("x"))
# >>> [_jcompareto(True, False), _jcompareto(False, True)]
# java: List.of(Boolean.TRUE.compareTo(false), Boolean.FALSE.compareTo(true))
# >>> _jcompareto(lambda s: len(s), "abc")
# java: ((Comparable<String>) s -> s.length()).compareTo("abc")
