def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


BASE = 7


def square(x):
    return _w32(x * x)


class MathUtil:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return _w32(x * self.factor)
