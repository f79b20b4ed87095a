def _jbigparse(s, r=10):
    # new BigInteger(s) (r: the radix): one optional sign, then digits of the radix, nothing else
    # (MicroPython's int() also reads blanks, underscores and prefixes).
    if not s or s == "-" or s == "+":
        raise _jmpy.NumberFormatException("Zero length BigInteger")
    d = s[1:] if s[0] in "+-" else s
    if "-" in d or "+" in d:
        raise _jmpy.NumberFormatException("Illegal embedded sign character")
    for c in d:
        o = ord(c)
        v = o - 48 if 48 <= o <= 57 else o - 87 if 97 <= o <= 122 else o - 55 if 65 <= o <= 90 else 99
        if v >= r:
            raise _jmpy.NumberFormatException("For input string: \"" + s + "\"" + ("" if r == 10 else " under radix " + str(r)))
    return int(s, r)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jbigparse("123456789012345678901234567890")
# java: new java.math.BigInteger("123456789012345678901234567890")
# >>> _jbigparse("-42")
# java: new java.math.BigInteger("-42")
# >>> _jbigparse("+7")
# java: new java.math.BigInteger("+7")
# >>> _jbigparse("ff", 16)
# java: new java.math.BigInteger("ff", 16)
# >>> _jbigparse("")
# java: new java.math.BigInteger("")
# >>> _jbigparse("-")
# java: new java.math.BigInteger("-")
# >>> _jbigparse("1-2")
# java: new java.math.BigInteger("1-2")
