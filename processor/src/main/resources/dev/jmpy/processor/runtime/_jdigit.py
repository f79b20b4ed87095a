def _jdigit(c, r):
    # Character.digit(c, radix): 0-9, a-z, A-Z (and their fullwidth forms) below the radix, else -1.
    if 65296 <= c <= 65370:
        c -= 65248  # fullwidth 0-9, A-Z, a-z are ASCII's plus 0xFEE0
    if 48 <= c <= 57:
        d = c - 48
    elif 97 <= c <= 122:
        d = c - 87
    elif 65 <= c <= 90:
        d = c - 55
    else:
        return -1
    return d if 2 <= r <= 36 and d < r else -1


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jdigit(55, 10)
# java: Character.digit('7', 10)
# >>> _jdigit(102, 16)
# java: Character.digit('f', 16)
# >>> _jdigit(71, 16)
# java: Character.digit('G', 16)
# >>> _jdigit(122, 36)
# java: Character.digit('z', 36)
# >>> _jdigit(55, 1)
# java: Character.digit('7', 1)
# >>> _jdigit(65297, 10)
# java: Character.digit('\uff11', 10)
# >>> _jdigit(32, 10)
# java: Character.digit(' ', 10)
