def _jlines(s):
    # Java's String.lines(): split at \n, \r and \r\n, no empty line after a final terminator
    out = []
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\n" or c == "\r":
            out.append(s[start:i])
            if c == "\r" and i + 1 < n and s[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    return out


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jlines("a\nb\r\nc\rd")
# java: "a\nb\r\nc\rd".lines().toList()
# >>> _jlines("a\n\nb\n")
# java: "a\n\nb\n".lines().toList()
# >>> len(_jlines(""))
# java: "".lines().count()
# >>> len(_jlines("\n"))
# java: "\n".lines().count()
# >>> _jlines("\r\n\r\nx")
# java: "\r\n\r\nx".lines().toList()
