def _jradix(v, r):
    # Integer/Long.toString(v, radix): lowercase digits, a minus sign, radix 10 outside 2..36.
    if r < 2 or r > 36:
        r = 10
    n = -v if v < 0 else v
    s = ""
    while True:
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[n % r] + s
        n //= r
        if not n:
            break
    return "-" + s if v < 0 else s


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jradix(255, 16)
# java: Integer.toString(255, 16)
# >>> _jradix(-255, 2)
# java: Integer.toString(-255, 2)
# >>> _jradix(0, 7)
# java: Integer.toString(0, 7)
# >>> _jradix(35, 36)
# java: Integer.toString(35, 36)
# >>> _jradix(42, 99)
# java: Integer.toString(42, 99)
# >>> _jradix(-9223372036854775808, 36)
# java: Long.toString(Long.MIN_VALUE, 36)
