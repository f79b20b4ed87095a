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


def _jsplit(s, sep):
    if s == "":
        return [""]
    parts = s.split(sep)
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def sum_(*xs):
    total = 0
    for x in xs:
        total = _w32(total + x)
    return _w32(total + len(xs))


def main(args):
    a = [0] * 4
    a[1] = 7
    a[2] = _w32(a[2] + 3)
    grid = [[0] * 3 for _ in range(2)]
    _array = grid[1]
    _array[2] = 9
    names = ["b", "a", "c"]
    names.sort()
    print(_jstr(a) + " " + _jstr(grid[1]) + " " + _jstr(names) + " " + str(len(a)) + " " + str(len(args)))
    print(str(sum_(1, 2, 3)) + " " + str(sum_(*a)) + " " + str(sum_()))
    flags = [False] * 2
    a[:] = [5] * len(a)
    print(_jstr(flags) + " " + _jstr(a))
    csv = "x,,y,,"
    parts = _jsplit(csv, ",")
    print(str(len(parts)) + " " + _jstr(parts) + " " + str(len(_jsplit(",,,", ","))) + " " + str(len(_jsplit("", ","))))
    cs = [ord(_c) for _c in "hey"]
    print(str(len(cs)) + " " + chr(cs[1] & 0xFFFF) + " " + "-".join([_jstr(_s) for _s in names]) + " " + "+".join([_jstr(_s) for _s in ["p", "q"]]))
    view = names
    print(str(len(view)) + " " + ("true" if [1, 2] == [1, 2] else "false"))
