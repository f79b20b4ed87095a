def _jparse(s, limit):
    d = s[1:] if s[:1] == "-" or s[:1] == "+" else s
    if not d.isdigit():
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"")
    v = int(s)
    if v < -limit or v >= limit:
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"")
    return v


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jparse("-123", 2147483648)
# java: Integer.parseInt("-123")
# >>> _jparse("+7", 2147483648)
# java: Integer.parseInt("+7")
# >>> _jparse("2147483647", 2147483648)
# java: Integer.parseInt("2147483647")
# >>> _jparse("2147483648", 2147483648)
# java: Integer.parseInt("2147483648")
# >>> _jparse("-2147483649", 2147483648)
# java: Integer.parseInt("-2147483649")
# >>> _jparse(" 1", 2147483648)
# java: Integer.parseInt(" 1")
# >>> _jparse("1_000", 2147483648)
# java: Integer.parseInt("1_000")
# >>> _jparse("", 2147483648)
# java: Integer.parseInt("")
# >>> _jparse("-", 2147483648)
# java: Integer.parseInt("-")
# >>> _jparse("9223372036854775807", 9223372036854775808)
# java: Long.parseLong("9223372036854775807")
# >>> _jparse("9223372036854775808", 9223372036854775808)
# java: Long.parseLong("9223372036854775808")
