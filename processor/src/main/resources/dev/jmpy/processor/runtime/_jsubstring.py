def _jsubstring(s, start, end=None):
    # Java's substring with its bounds check (Python's slice would cut silently)
    if end is None:
        end = len(s)
    if start < 0 or end > len(s) or start > end:
        raise IndexError("begin " + str(start) + ", end " + str(end) + ", length " + str(len(s)))
    return s[start:end]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jsubstring("hello", 1, 3)
# java: new StringBuilder("hello").substring(1, 3)
# >>> len(_jsubstring("hello", 5))
# java: new StringBuilder("hello").substring(5).length()
# (the JDK's message for a bad range changed between versions: only the class is compared)
# >>> _kind(lambda: _jsubstring("hello", 2, 6))
# java: kind(() -> new StringBuilder("hello").substring(2, 6))
# >>> _kind(lambda: _jsubstring("hello", -1, 2))
# java: kind(() -> new StringBuilder("hello").substring(-1, 2))
# >>> _kind(lambda: _jsubstring("hello", 3, 2))
# java: kind(() -> new StringBuilder("hello").substring(3, 2))
