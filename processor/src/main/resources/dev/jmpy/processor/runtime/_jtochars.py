def _jtochars(c):
    # Character.toChars(codePoint): its UTF-16 code units in a char[], a surrogate pair above the BMP
    from array import array
    if c >> 16 == 0:
        return array("H", (c,))
    if 0 <= c <= 0x10FFFF:
        c -= 0x10000
        return array("H", (0xD800 | c >> 10, 0xDC00 | c & 0x3FF))
    raise ValueError("Not a valid Unicode code point: 0x%X" % (c & 0xFFFFFFFF))


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jtochars(65)[0]
# java: (int) Character.toChars(65)[0]
# >>> len(_jtochars(65))
# java: Character.toChars(65).length
# >>> _jtochars(0x1F600)[0]
# java: (int) Character.toChars(0x1F600)[0]
# >>> _jtochars(0x1F600)[1]
# java: (int) Character.toChars(0x1F600)[1]
# >>> _jtochars(0x10FFFF)[1]
# java: (int) Character.toChars(0x10FFFF)[1]
# >>> _jtochars(0x110000)
# java: Character.toChars(0x110000)
# >>> _jtochars(-1)
# java: Character.toChars(-1)
