import _jmpy


def _jparse(s, limit):
    d = s[1:] if s[:1] == "-" or s[:1] == "+" else s
    if not d.isdigit():
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"")
    v = int(s)
    if v < -limit or v >= limit:
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"")
    return v


def _jstr(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, dict):
        parts = []
        for k in v:
            parts.append(_jstr(k) + "=" + _jstr(v[k]))
        return "{" + ", ".join(parts) + "}"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        parts = []
        for x in v:
            parts.append(_jstr(x))
        return "[" + ", ".join(parts) + "]"
    return str(v)


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
        print("ok " + str(_jparse(s, 2147483648)))
    except _jmpy.NumberFormatException as e:
        print("bad " + _jstr(e.args[0] if e.args else None))


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
    print(str(_w32(1 << (n & 31))) + " " + str(8 >> 3) + " " + str(1 << 40))
    sh = 1
    sh = _w32(sh << 2)
    print(sh)
