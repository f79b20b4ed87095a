from shapes import rect


def _jnstr(v):
    return "null" if v is None else str(v)


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
        return "square%d" % self.extra

    def describe(self):
        return "[%s]" % _jnstr(super().describe())
