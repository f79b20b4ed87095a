def _jchars(a, off, n):
    if off < 0 or n < 0 or off > len(a) - n:
        raise IndexError("Range [%d, %d + %d) out of bounds for length %d" % (off, off, n, len(a)))
    return "".join(map(chr, a[off:off + n]))


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> c = array("H", [104, 101, 108, 108, 111])
# java: var c = "hello".toCharArray();
# >>> _jchars(c, 1, 3)
# java: new String(c, 1, 3)
# >>> _jchars(c, 5, 0)
# java: new String(c, 5, 0)
# >>> _jchars(c, 0, 5)
# java: String.valueOf(c, 0, 5)
# >>> _jchars(c, 3, 3)
# java: new String(c, 3, 3)
# >>> _jchars(c, -1, 2)
# java: new String(c, -1, 2)
# >>> _jchars(c, 1, -2)
# java: new String(c, 1, -2)
