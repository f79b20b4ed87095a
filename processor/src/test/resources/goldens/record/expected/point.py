import _jmpy


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


def origin():
    return Point(0, 0, "o", False)


def main():
    p = Point(1, 2, "p", True)
    q = Point(1, 2, "p", True)
    print(_jnstr(p))
    print(("true" if p == q else "false") + " " + ("true" if p is q else "false") + " " + ("true" if p == origin() else "false"))
    print(str(_w32(p.x() + p.sum_())) + _jnstr(p.label()))
    print("text: " + _jnstr(origin()))
    try:
        Point(-1, 0, "bad", False)
    except ValueError as e:
        print("rejected " + _jnstr(e.args[0] if e.args else None))


class Point:
    def __init__(self, x, y, label, on):
        if x < 0:
            raise _jmpy.IllegalArgumentException("x < 0")
        self._x = x
        self._y = y
        self._label = label
        self._on = on

    def sum_(self):
        return _w32(self._x + self.y())

    def x(self):
        return self._x

    def y(self):
        return self._y

    def label(self):
        return self._label

    def on(self):
        return self._on

    def __str__(self):
        return "Point[" + "x=" + str(self._x) + ", y=" + str(self._y) + ", label=" + _jnstr(self._label) + ", on=" + ("true" if self._on else "false") + "]"

    def __eq__(self, other):
        return isinstance(other, Point) and self._x == other._x and self._y == other._y and self._label == other._label and self._on == other._on

    def __hash__(self):
        return hash(tuple([self._x, self._y, self._label, self._on]))
