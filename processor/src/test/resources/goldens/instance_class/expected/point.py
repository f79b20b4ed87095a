def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def origin():
    return Point(0, 0)


class Point:
    def __init__(self, x, y):
        self.visible = True
        self.label = None
        self.x = x
        self.y = y

    def manhattan(self):
        return _w32(_w32(abs(self.x)) + _w32(abs(self.y)))

    def move_by(self, dx, dy):
        self.x = _w32(self.x + dx)
        self.y = _w32(self.y + dy)

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)
