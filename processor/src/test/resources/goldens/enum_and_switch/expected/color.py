def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


def _jvalueof(cls, name, java_name):
    # Enum.valueOf(name): the constant, or Java's IllegalArgumentException (ValueError) naming
    # the enum; a null name is Java's NullPointerException (AttributeError)
    if name is None:
        raise AttributeError("Name is null")
    constant = cls._by_name.get(name)
    if constant is None:
        raise ValueError("No enum constant " + java_name + "." + name)
    return constant


def describe(c):
    if c == Color.RED:
        return "warm"
    elif c == Color.GREEN or c == Color.BLUE:
        return "cool"
    else:
        return "?"


def main():
    for c in list(Color._values):
        print("%s %d %s %d %s" % (_jnstr(c), c._ordinal, _jnstr(c._name), c.level_(), _jnstr(describe(c))))
    print("true" if _jvalueof(Color, "BLUE", "Color") is Color.BLUE else "false")
    print("%d %s" % (FAVOURITE._ordinal - Color.RED._ordinal, _jnstr(FAVOURITE)))
    day = 3
    if day == 1 or day == 7:
        name = "weekend"
    elif day == 2 or day == 3 or day == 4 or day == 5 or day == 6:
        s = "week"
        name = "%sday" % s
    else:
        name = "unknown"
    print(_jnstr(name))
    k = 2
    total = 0
    if k == 1:
        total = _w32(total + 1)
        total = _w32(total + 10)
        total = _w32(total + 100)
    elif k == 2:
        total = _w32(total + 10)
        total = _w32(total + 100)
    elif k == 3:
        total = _w32(total + 100)
    elif k == 4:
        total = _w32(total + 1000)
    print(total)
    print(_jnstr("three" if (_selector := k + 1) == 3 else "other"))
    ch = 120
    ch = ch + 1 & 0xFFFF
    print("%s %d %s%s%s" % (chr(ch), ch, chr(ch + 1 & 0xFFFF), chr(ord("abc"[1])), "true" if 53 >= 48 and 53 <= 57 else "false"))


class Color:
    def __init__(self, _name, _ordinal, level):
        self._name = _name
        self._ordinal = _ordinal
        self.level = level

    def level_(self):
        return _w32(self.level * 2)

    def __str__(self):
        return self._name


Color.RED = Color("RED", 0, 255)
Color.GREEN = Color("GREEN", 1, 128)
Color.BLUE = Color("BLUE", 2, 1)
Color._values = [Color.RED, Color.GREEN, Color.BLUE]
Color._by_name = {"RED": Color.RED, "GREEN": Color.GREEN, "BLUE": Color.BLUE}
FAVOURITE = Color.GREEN
