import _jmpy


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


def _jnstr(v):
    return "null" if v is None else str(v)


def _jf2i(x, m=2147483647):
    # Java's (int) of a float (m: (long)): truncated toward zero, NaN is 0, beyond the range the
    # nearest bound (MicroPython's int() raises for NaN and infinities, and grows past the bounds).
    if x != x:
        return 0
    if x >= m:
        return m
    if x <= -m - 1:
        return -m - 1
    return int(x)


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def try_parse(s):
    try:
        print("ok %d" % _jparse(s, 2147483648))
    except _jmpy.NumberFormatException as e:
        print("bad %s" % _jnstr(e.args[0] if e.args else None))


def main():
    try_parse("42")
    try_parse("-7")
    try_parse("+3")
    try_parse(" 5")
    try_parse("1_0")
    try_parse("")
    try_parse("2147483648")
    try_parse("-2147483648")
    try_parse("abc")
    print(_jparse("9223372036854775807", 9223372036854775808))
    x = 10
    x = _jf2i(x * 1.5)
    print(x)
    x = _jf2i(x / 4.0)
    print(x)
    n = 33
    print("%d %d %d" % (_w32(1 << (n & 31)), 8 >> 3, 1 << 40))
    sh = 1
    sh = _w32(sh << 2)
    print(sh)
