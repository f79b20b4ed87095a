import _jmpy
import sys


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


def _jparse(s, limit):
    d = s[1:] if s[:1] == "-" or s[:1] == "+" else s
    if not d.isdigit():
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"")
    v = int(s)
    if v < -limit or v >= limit:
        raise _jmpy.NumberFormatException("For input string: \"" + s + "\"")
    return v


def describe(n, flag, name, big):
    s = "n=" + str(n) + ", flag=" + ("true" if flag else "false") + ", " + _jstr(name) + str(big)
    s += str(n)
    s += "true" if flag else "false"
    return s + "truenull" + str(1 + 2) + str(1) + str(2)


def show(flag, s):
    print("true" if flag else "false")
    print("true")
    print(len(s), end="")
    print()
    print("true" if s == "x" or len(s) == 0 else "false")
    print("err " + str(_jparse("12", 2147483648)) + str(3) + str(2147483647), file=sys.stderr)
