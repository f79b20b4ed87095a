def _jsbedit(sb, start, end, text):
    s = "".join(sb)
    if start < 0 or end > len(s) or start > end:
        raise IndexError("index " + str(start) + ",length " + str(len(s)))
    sb[:] = [s[:start] + text + s[end:]]
    return sb


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> sb = ["ab", "c"]
# java: var sb = new StringBuilder("ab").append("c");
# >>> "".join(_jsbedit(sb, 1, 1, "XY"))
# java: sb.insert(1, "XY")
# >>> "".join(_jsbedit(sb, 0, 1, ""))
# java: sb.deleteCharAt(0)
# >>> _jsbedit(sb, 3, 4, "Z")
# java: sb.setCharAt(3, 'Z');
# >>> "".join(sb)
# java: sb
# (the JDK's message for a bad index changed between versions: only the class is compared)
# >>> _kind(lambda: _jsbedit(sb, 4, 5, ""))
# java: kind(() -> sb.deleteCharAt(4))
# >>> _kind(lambda: _jsbedit(sb, -1, 0, ""))
# java: kind(() -> sb.deleteCharAt(-1))
# >>> _kind(lambda: _jsbedit(sb, 9, 10, "Q"))
# java: kind(() -> run(() -> sb.setCharAt(9, 'Q')))
# >>> _kind(lambda: _jsbedit(sb, 9, 9, "Q"))
# java: kind(() -> sb.insert(9, "Q"))
