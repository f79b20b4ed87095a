def _jcomparing(key):
    def cmp(a, b):
        ka = key(a)
        kb = key(b)
        return (ka > kb) - (ka < kb)

    return cmp


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jcomparing(len)("abc", "de")
# java: Comparator.comparing(String::length).compare("abc", "de")
# >>> _jcomparing(len)("ab", "de")
# java: Comparator.comparing(String::length).compare("ab", "de")
# >>> _jcomparing(lambda p: p[1])((1, -5), (2, 7))
# java: Comparator.comparing((int[] p) -> p[1]).compare(new int[] {1, -5}, new int[] {2, 7})
# >>> _jcomparing(lambda s: s[1:])("xb", "ya")
# java: Integer.signum(Comparator.comparing((String s) -> s.substring(1)).compare("xb", "ya"))
