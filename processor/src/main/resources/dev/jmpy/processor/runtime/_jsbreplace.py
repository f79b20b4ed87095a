def _jsbreplace(sb, start, end, text):
    # StringBuilder.replace / delete: end is cut to the length, then Java's bounds check
    s = "".join(sb)
    if end > len(s):
        end = len(s)
    if start < 0 or start > end:
        raise IndexError("start " + str(start) + ", end " + str(end) + ", length " + str(len(s)))
    sb[:] = [s[:start], text, s[end:]]
    return sb


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> sb = ["hello", " ", "world"]
# java: var sb = new StringBuilder("hello world");
# >>> "".join(_jsbreplace(sb, 0, 5, "HELLO"))
# java: sb.replace(0, 5, "HELLO")
# >>> "".join(_jsbreplace(sb, 5, 99, ""))
# java: sb.delete(5, 99)
# >>> "".join(_jsbreplace(sb, 5, 5, "!"))
# java: sb.replace(5, 5, "!")
# >>> "".join(_jsbreplace(sb, 0, 2, ""))
# java: sb.delete(0, 2)
# >>> _kind(lambda: _jsbreplace(sb, 3, 2, ""))
# java: kind(() -> sb.delete(3, 2))
# >>> _kind(lambda: _jsbreplace(sb, -1, 2, ""))
# java: kind(() -> sb.delete(-1, 2))
# >>> _kind(lambda: _jsbreplace(sb, 9, 12, "x"))
# java: kind(() -> sb.replace(9, 12, "x"))
# >>> "".join(sb)
# java: sb
