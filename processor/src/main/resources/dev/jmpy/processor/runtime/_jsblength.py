def _jsblength(sb, n):
    # StringBuilder.setLength: cut, or pad with '\0' chars
    if n < 0:
        raise IndexError("String index out of range: " + str(n))
    s = "".join(sb)
    sb[:] = [s[:n] + "\x00" * (n - len(s))]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> sb = ["abc", "def"]
# java: var sb = new StringBuilder("abcdef");
# >>> _jsblength(sb, 4)
# java: sb.setLength(4);
# >>> "".join(sb)
# java: sb
# >>> _jsblength(sb, 6)
# java: sb.setLength(6);
# >>> len("".join(sb))
# java: sb.length()
# >>> ord("".join(sb)[5])
# java: (int) sb.charAt(5)
# >>> _kind(lambda: _jsblength(sb, -1))
# java: kind(() -> run(() -> sb.setLength(-1)))
