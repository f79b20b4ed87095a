def _jfordigit(d, r):
    # Character.forDigit(digit, radix): '0'-'9', 'a'-'z' as a char code; 0 when out of range.
    if 2 <= r <= 36 and 0 <= d < r:
        return d + 48 if d < 10 else d + 87
    return 0


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jfordigit(7, 10)
# java: (int) Character.forDigit(7, 10)
# >>> _jfordigit(11, 16)
# java: (int) Character.forDigit(11, 16)
# >>> _jfordigit(16, 16)
# java: (int) Character.forDigit(16, 16)
# >>> _jfordigit(3, 40)
# java: (int) Character.forDigit(3, 40)
