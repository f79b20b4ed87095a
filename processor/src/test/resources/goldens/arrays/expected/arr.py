from array import array


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
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


def _jfill(a, v, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    elif lo > hi:
        raise ValueError("fromIndex(%d) > toIndex(%d)" % (lo, hi))
    elif lo < 0 or hi > len(a):
        raise IndexError("Array index out of range: %d" % (lo if lo < 0 else hi))
    if lo < hi:
        # one store, then doubling copies: a few slice assignments, not one store per element
        a[lo] = v
        n = 1
        while n < hi - lo:
            k = min(n, hi - lo - n)
            a[lo + n:lo + n + k] = a[lo:lo + k]
            n += k


def _jsplit(s, sep):
    parts = s.split(sep)
    if parts[-1] or not s:
        return parts  # nothing to drop ("" splits to [""] in Java too)
    while parts and not parts[-1]:
        parts.pop()
    return parts


def sum_(*xs):
    total = 0
    for x in xs:
        total = _w32(total + x)
    return _w32(total + len(xs))


def main(args):
    a = array("i", memoryview(bytes(4)))
    a[1] = 7
    a[2] += 3
    grid = [array("i", memoryview(bytes(3))) for _ in range(2)]
    _array = grid[1]
    _array[2] = 9
    names = ["b", "a", "c"]
    names.sort()
    print("%s %s %s %d %d" % (str(list(a)), "null" if (_array2 := grid[1]) is None else str(list(_array2)), _jstr(names), len(a), len(args)))
    print("%d %d %d" % (sum_(1, 2, 3), sum_(*a), sum_()))
    flags = bytearray(2)
    _jfill(a, 5)
    print("[%s] %s" % (", ".join(["true" if _x else "false" for _x in flags]), str(list(a))))
    csv = "x,,y,,"
    parts = _jsplit(csv, ",")
    print("%d %s %d %d" % (len(parts), _jstr(parts), len(_jsplit(",,,", ",")), len(_jsplit("", ","))))
    cs = array("H", [ord(_c) for _c in "hey"])
    print("%d %s %s %s" % (len(cs), chr(cs[1] & 0xFFFF), "-".join([_jstr(_s) for _s in names]), "+".join([_jstr(_s) for _s in ["p", "q"]])))
    view = names
    print("%d %s" % (len(view), "true" if array("i", [1, 2]) == array("i", [1, 2]) else "false"))
