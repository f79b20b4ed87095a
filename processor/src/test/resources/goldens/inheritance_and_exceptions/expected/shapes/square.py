from shapes import rect


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


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


class Square(rect.Rect):
    def __init__(self, s):
        self.extra = 0
        super().__init__(s, s)
        self.extra = 1
        self.extra = _w32(self.extra + s)

    def name(self):
        return "square" + str(self.extra)

    def describe(self):
        return "[" + _jstr(super().describe()) + "]"
