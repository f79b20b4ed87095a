import _jmpy


def _jlstr(v):
    # Java's text of a collection of Strings, boxed numbers or objects of yours (never a bool or a
    # collection, which the general text helper prints): "null", or [a, b], "null" for a null element
    if v is None:
        return "null"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        return "[" + ", ".join(["null" if x is None else str(x) for x in v]) + "]"
    return str(v)


def _jfloordiv(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    return a // b


def _jfloormod(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    return a % b


def _jparse(s, limit, r=10):
    # Integer.parseInt / Long.parseLong (limit 2**31 / 2**63; 0: none) in radix r: a sign, then
    # digits as Character.digit reads them (ASCII, fullwidth), nothing else; Java's messages
    if s is None:
        raise _jmpy.NumberFormatException("Cannot parse null string")
    if r < 2 or r > 36:
        raise _jmpy.NumberFormatException(
            "radix %d %s" % (r, "less than Character.MIN_RADIX" if r < 2 else "greater than Character.MAX_RADIX"))
    d = s[1:] if s[:1] == "-" or s[:1] == "+" else s
    if r == 10 and d.isdigit():
        v = int(s)  # the common case, in C (isdigit: ASCII digits only, no "_" or blanks)
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
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"" + ("" if r == 10 else " under radix " + str(r)))
    return v


def main():
    name = "jmpy"
    n = -42
    print("%s has %d items, %5d|%-5d|%05d|%+d" % (name, 3, 7, 7, 7, 7))
    print("hex %x %X oct %o char %s bool %s %s 100%%" % (255 & 0xFFFFFFFF, n & 0xFFFFFFFF, 8 & 0xFFFFFFFF, chr(122), "true", _jlstr([1, 2])))
    print("name=%s n=%d\n" % (name, n), end="")
    print("%s-%s" % ("a", "null"))
    print("%x" % (-1 & 0xFFFFFFFF) + " " + bin(5 & 0xFFFFFFFF)[2:] + " " + "%o" % (8 & 0xFFFFFFFF) + " " + str(((_a := 3) > (_b := 9)) - (_a < _b)) + " " + str(((_a2 := 9) > (_b2 := 3)) - (_a2 < _b2)) + " " + str(((_a3 := 4) > (_b3 := 4)) - (_a3 < _b3)))
    print(str(_jfloordiv(-7, 2)) + " " + str(_jfloormod(-7, 3)) + " " + ("true" if (_text := "TRUE") is not None and _text.lower() == "true" else "false") + " " + str(_jparse("12", 2147483648)))
