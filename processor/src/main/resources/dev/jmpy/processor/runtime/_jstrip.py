def _jstrip(s, lead, trail, space=" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u2028\u2029\u205f\u3000"):
    # Java's strip / stripLeading / stripTrailing: Character.isWhitespace at the ends
    i = 0
    j = len(s)
    while lead and i < j and s[i] in space:
        i += 1
    while trail and j > i and s[j - 1] in space:
        j -= 1
    return s[i:j]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jstrip(" \t a b \n", True, True)
# java: " \t a b \n".strip()
# >>> _jstrip("\x1c\u2003x\u00a0\u3000", True, True)
# java: "\u001c\u2003x\u00a0\u3000".strip()
# >>> _jstrip("  x  ", True, False) + "|"
# java: "  x  ".stripLeading() + "|"
# >>> "|" + _jstrip("  x  ", False, True)
# java: "|" + "  x  ".stripTrailing()
# >>> len(_jstrip(" \u2028\r\n", True, True))
# java: " \u2028\r\n".strip().length()
# >>> len(_jstrip("\x00", True, True))
# java: "\u0000".strip().length()
# >>> _jstrip("", True, True) == ""
# java: "".isBlank()
