def _jhash(s):
    h = 0
    for c in s:
        h = 31 * h + ord(c) & 0xFFFFFFFF
    return h - 0x100000000 if h > 0x7FFFFFFF else h


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jhash("hello")
# java: "hello".hashCode()
# >>> _jhash("")
# java: "".hashCode()
# >>> _jhash("The quick brown fox jumps over the lazy dog")
# java: "The quick brown fox jumps over the lazy dog".hashCode()
# >>> _jhash("polygenelubricants")
# java: "polygenelubricants".hashCode()
