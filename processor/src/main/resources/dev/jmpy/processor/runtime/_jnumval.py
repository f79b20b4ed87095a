def _jnumval(c):
    # Character.getNumericValue for ASCII and Latin-1: digits, letters as 10..35 (fullwidth too),
    # superscripts 1-3, -2 for the fractions, else -1.
    if 65296 <= c <= 65370:
        c -= 65248
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 122:
        return c - 87
    if 65 <= c <= 90:
        return c - 55
    if c == 178 or c == 179:
        return c - 176
    if c == 185:
        return 1
    if 188 <= c <= 190:
        return -2
    return -1


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jnumval(57)
# java: Character.getNumericValue('9')
# >>> _jnumval(90)
# java: Character.getNumericValue('Z')
# >>> _jnumval(179)
# java: Character.getNumericValue((char) 179)
# >>> _jnumval(189)
# java: Character.getNumericValue((char) 189)
# >>> _jnumval(33)
# java: Character.getNumericValue('!')
# >>> _jnumval(65345)
# java: Character.getNumericValue('\uff41')
