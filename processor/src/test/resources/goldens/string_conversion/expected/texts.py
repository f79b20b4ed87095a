import sys


def _jnstr(v):
    return "null" if v is None else str(v)


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


def describe(n, flag, name, big):
    s = "n=%d, flag=%s, %s%d" % (n, "true" if flag else "false", _jnstr(name), big)
    s += str(n)
    s += "true" if flag else "false"
    return "%struenull%d12" % (s, 1 + 2)


def show(flag, s):
    print("true" if flag else "false")
    print("true")
    print(len(s), end="")
    print()
    print("true" if s == "x" or len(s) == 0 else "false")
    print("err %d%s2147483647" % (_jparse("12", 2147483648), str(3)), file=sys.stderr)
