def _jparseu(s, bits, r=10):
    # Integer.parseUnsignedInt (bits 32) / Long.parseUnsignedLong (64) in radix r: the value's
    # two's complement, Java's messages (JDK 25's: any value beyond the range "exceeds" it)
    if s is not None and s[:1] == "-":
        raise _jmpy.NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".")
    v = _jparse(s, 0, r)
    if v >> bits:
        raise _jmpy.NumberFormatException("String value " + s + " exceeds range of unsigned " + ("int." if bits == 32 else "long."))
    return v - (1 << bits) if v >> (bits - 1) else v


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jparseu("4294967295", 32)
# java: Integer.parseUnsignedInt("4294967295")
# >>> _jparseu("2147483647", 32)
# java: Integer.parseUnsignedInt("2147483647")
# >>> _jparseu("4294967296", 32)
# java: Integer.parseUnsignedInt("4294967296")
# >>> _jparseu("99999999999999999999", 32)
# java: Integer.parseUnsignedInt("99999999999999999999")
# >>> _jparseu("-1", 32)
# java: Integer.parseUnsignedInt("-1")
# >>> _jparseu("+5", 32)
# java: Integer.parseUnsignedInt("+5")
# >>> _jparseu("", 32)
# java: Integer.parseUnsignedInt("")
# >>> _jparseu("ffffffff", 32, 16)
# java: Integer.parseUnsignedInt("ffffffff", 16)
# >>> _jparseu("1ffffffff", 32, 16)
# java: Integer.parseUnsignedInt("1ffffffff", 16)
# >>> _jparseu("g", 32, 16)
# java: Integer.parseUnsignedInt("g", 16)
# >>> _jparseu("18446744073709551615", 64)
# java: Long.parseUnsignedLong("18446744073709551615")
# >>> _jparseu("9223372036854775808", 64)
# java: Long.parseUnsignedLong("9223372036854775808")
# >>> _jparseu("-0", 64)
# java: Long.parseUnsignedLong("-0")
# >>> _jparseu("1x", 64, 16)
# java: Long.parseUnsignedLong("1x", 16)
# >>> _jparseu("7fffffffffffffff", 64, 16)
# java: Long.parseUnsignedLong("7fffffffffffffff", 16)
