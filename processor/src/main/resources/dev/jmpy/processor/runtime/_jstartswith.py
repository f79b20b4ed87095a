def _jstartswith(s, prefix, start):
    # Java's startsWith(prefix, start): false when start is negative or too far
    return 0 <= start <= len(s) - len(prefix) and s.startswith(prefix, start)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jstartswith("abcabc", "ca", 2)
# java: "abcabc".startsWith("ca", 2)
# >>> _jstartswith("abcabc", "bc", -2)
# java: "abcabc".startsWith("bc", -2)
# >>> _jstartswith("abc", "", 3)
# java: "abc".startsWith("", 3)
# >>> _jstartswith("abc", "", 4)
# java: "abc".startsWith("", 4)
# >>> _jstartswith("abc", "c", 3)
# java: "abc".startsWith("c", 3)
