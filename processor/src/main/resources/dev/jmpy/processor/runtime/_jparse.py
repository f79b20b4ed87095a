def _jparse(s, limit, r=10):
    # Integer.parseInt / Long.parseLong (limit 2**31 / 2**63; 0: none) in radix r: a sign, then
    # digits as Character.digit reads them (ASCII, fullwidth), nothing else; Java's messages
    # (_jmpy imported where they are raised: a program whose parses succeed never loads it)
    if r == 10 and s and (s.isdigit() or s[0] in "-+" and s[1:].isdigit()):
        v = int(s)  # the common case, in C (isdigit: ASCII digits only, no "_" or blanks)
        if not limit or -limit <= v < limit:
            return v
    if s is None:
        import _jmpy
        raise _jmpy.NumberFormatException("Cannot parse null string")
    if r < 2 or r > 36:
        import _jmpy
        raise _jmpy.NumberFormatException(
            "radix %d %s" % (r, "less than Character.MIN_RADIX" if r < 2 else "greater than Character.MAX_RADIX"))
    d = s[1:] if s[:1] == "-" or s[:1] == "+" else s
    if r == 10 and d.isdigit():
        v = int(s)  # out of range: the message below
    else:
        v = 0
        for c in d:
            k = ord(c)
            if 65296 <= k <= 65370:
                k -= 65248  # fullwidth digits and letters are ASCII's plus 0xFEE0
            k = k - 48 if 48 <= k <= 57 else k - 87 if 97 <= k <= 122 else k - 55 if 65 <= k <= 90 else 99
            if k >= r:
                v = None
                break
            v = v * r + k
        if not d or v is None:
            v = limit = None
        elif s[:1] == "-":
            v = -v
    if limit is None or limit and (v < -limit or v >= limit):
        import _jmpy
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"" + ("" if r == 10 else " under radix " + str(r)))
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
# >>> _jparse("ff", 2147483648, 16)
# java: Integer.parseInt("ff", 16)
# >>> _jparse("-80000000", 2147483648, 16)
# java: Integer.parseInt("-80000000", 16)
# >>> _jparse("80000000", 2147483648, 16)
# java: Integer.parseInt("80000000", 16)
# >>> _jparse("Zz", 2147483648, 36)
# java: Integer.parseInt("Zz", 36)
# >>> _jparse("0x10", 2147483648, 16)
# java: Integer.parseInt("0x10", 16)
# >>> _jparse("", 2147483648, 16)
# java: Integer.parseInt("", 16)
# >>> _jparse("+", 2147483648, 2)
# java: Integer.parseInt("+", 2)
# >>> _jparse("102", 2147483648, 2)
# java: Integer.parseInt("102", 2)
# >>> _jparse("1", 2147483648, 1)
# java: Integer.parseInt("1", 1)
# >>> _jparse("1", 2147483648, 37)
# java: Integer.parseInt("1", 37)
# >>> _jparse("\uff11\uff12", 2147483648)
# java: Integer.parseInt("\uff11\uff12")
# >>> _jparse("7fffffffffffffff", 9223372036854775808, 16)
# java: Long.parseLong("7fffffffffffffff", 16)
# >>> _jparse("1_0", 9223372036854775808, 8)
# java: Long.parseLong("1_0", 8)
