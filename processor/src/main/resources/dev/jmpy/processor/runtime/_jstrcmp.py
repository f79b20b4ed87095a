def _jstrcmp(a, b):
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return ord(a[i]) - ord(b[i])
    return len(a) - len(b)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jstrcmp("apple", "apricot")
# java: "apple".compareTo("apricot")
# >>> _jstrcmp("ab", "abc")
# java: "ab".compareTo("abc")
# >>> _jstrcmp("b", "a")
# java: "b".compareTo("a")
# >>> _jstrcmp("same", "same")
# java: "same".compareTo("same")
# >>> _jstrcmp("", "xyz")
# java: "".compareTo("xyz")
# >>> _jstrcmp("Zebra", "apple")
# java: "Zebra".compareTo("apple")
