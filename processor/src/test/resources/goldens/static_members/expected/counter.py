def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


STEP = 2
total = 0


def initial_value():
    return 10


def add(amount):
    global total
    total = _w32(total + _w32(amount * STEP))


def read():
    return _w32(total + start)


start = initial_value()
