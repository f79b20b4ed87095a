def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.area_ = -5

    def area(self):
        return _w32(self.w * self.h)

    def name(self):
        return "rect"

    def describe(self):
        return "%s %d %d" % (_jnstr(self.name()), self.area(), self.area_)

    _is_shapes_Shape = True
