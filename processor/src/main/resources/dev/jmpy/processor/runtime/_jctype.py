def _jctype(c, k):
    # Character.isLetter (k=1), isDigit (2), isLetterOrDigit (3), isUpperCase (4), isLowerCase (8),
    # isWhitespace (16) with Java's answers for ASCII and Latin-1 (MicroPython's str tests know
    # ASCII only, and its isspace differs from Java's isWhitespace at FS, GS, RS, US).
    if c < 128:
        if 48 <= c <= 57:
            f = 2
        elif 65 <= c <= 90:
            f = 5
        elif 97 <= c <= 122:
            f = 9
        elif 9 <= c <= 13 or 28 <= c <= 32:
            f = 16
        else:
            f = 0
    elif c < 256:
        if c == 170 or c == 181 or c == 186 or 223 <= c <= 255 and c != 247:
            f = 9
        elif 192 <= c <= 222 and c != 215:
            f = 5
        else:
            f = 0
    else:
        s = chr(c)
        f = s.isalpha() | s.isdigit() << 1 | s.isupper() << 2 | s.islower() << 3 | s.isspace() << 4
    return f & k != 0


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jctype(65, 1)
# java: Character.isLetter('A')
# >>> _jctype(55, 2)
# java: Character.isDigit('7')
# >>> _jctype(95, 3)
# java: Character.isLetterOrDigit('_')
# >>> _jctype(28, 16)
# java: Character.isWhitespace((char) 28)
# >>> _jctype(160, 16)
# java: Character.isWhitespace((char) 160)
# >>> _jctype(233, 1)
# java: Character.isLetter((char) 233)
# >>> _jctype(201, 4)
# java: Character.isUpperCase((char) 201)
# >>> _jctype(223, 8)
# java: Character.isLowerCase((char) 223)
# >>> _jctype(170, 8)
# java: Character.isLowerCase((char) 170)
# >>> _jctype(215, 1)
# java: Character.isLetter((char) 215)
# >>> _jctype(178, 2)
# java: Character.isDigit((char) 178)
# >>> _jctype(133, 16)
# java: Character.isWhitespace((char) 133)
