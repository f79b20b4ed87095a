def _jgetchars(s, begin, end, dst, at):
    # String.getChars: Java's range checks, then the UTF-16 code units into the char[] (array "H")
    if begin < 0 or begin > end or end > len(s):
        raise IndexError("Range [" + str(begin) + ", " + str(end)
                         + ") out of bounds for length " + str(len(s)))
    n = end - begin
    if at < 0 or n > len(dst) - at:
        raise IndexError("Range [" + str(at) + ", " + str(at) + " + " + str(n)
                         + ") out of bounds for length " + str(len(dst)))
    for i in range(n):
        dst[at + i] = ord(s[begin + i])


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> d = array("H", [32, 32, 32, 32])
# java: var d = new char[] {' ', ' ', ' ', ' '};
# >>> _jgetchars("hello", 1, 3, d, 1)
# java: run(() -> "hello".getChars(1, 3, d, 1))
# >>> [chr(c) for c in d]
# java: d
# >>> _jgetchars("hello", 0, 9, d, 0)
# java: run(() -> "hello".getChars(0, 9, d, 0))
# >>> _jgetchars("hello", 3, 2, d, 0)
# java: run(() -> "hello".getChars(3, 2, d, 0))
# >>> _jgetchars("hello", -1, 2, d, 0)
# java: run(() -> "hello".getChars(-1, 2, d, 0))
# >>> _jgetchars("hello", 0, 5, d, 0)
# java: run(() -> "hello".getChars(0, 5, d, 0))
# >>> _jgetchars("hello", 0, 2, d, -1)
# java: run(() -> "hello".getChars(0, 2, d, -1))
# >>> _jgetchars("hello", 2, 2, d, 4)
# java: run(() -> "hello".getChars(2, 2, d, 4))
