def _jregion(s, ignore, start, other, ostart, n):
    # Java's regionMatches: false when a region lies outside its string
    if start < 0 or ostart < 0 or start > len(s) - n or ostart > len(other) - n:
        return False
    a = s[start:start + n] if n > 0 else ""
    b = other[ostart:ostart + n] if n > 0 else ""
    if ignore:
        return a.upper().lower() == b.upper().lower()
    return a == b


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jregion("Hello World", False, 6, "World", 0, 5)
# java: "Hello World".regionMatches(6, "World", 0, 5)
# >>> _jregion("Hello World", False, 6, "world", 0, 5)
# java: "Hello World".regionMatches(6, "world", 0, 5)
# >>> _jregion("Hello World", True, 6, "wORLD", 0, 5)
# java: "Hello World".regionMatches(true, 6, "wORLD", 0, 5)
# >>> _jregion("abc", False, 2, "cd", 0, 2)
# java: "abc".regionMatches(2, "cd", 0, 2)
# >>> _jregion("abc", False, -1, "abc", 0, 1)
# java: "abc".regionMatches(-1, "abc", 0, 1)
# >>> _jregion("abc", False, 1, "xyz", 5, -1)
# java: "abc".regionMatches(1, "xyz", 5, -1)
# >>> _jregion("abc", False, 1, "xyz", 2, -1)
# java: "abc".regionMatches(1, "xyz", 2, -1)
# >>> _jregion("abc", False, 3, "", 0, 0)
# java: "abc".regionMatches(3, "", 0, 0)
