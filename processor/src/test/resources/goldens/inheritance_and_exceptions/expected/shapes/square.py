from shapes import rect


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


class Square(rect.Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.extra = 1
        self.extra = _w32(self.extra + s)

    def name(self):
        return "square" + str(self.extra)

    def describe(self):
        return "[" + super().describe() + "]"
