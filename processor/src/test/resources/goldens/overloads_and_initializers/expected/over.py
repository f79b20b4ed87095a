def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


def _jlstr(v):
    # Java's text of a collection of Strings, boxed numbers or objects of yours (never a bool or a
    # collection, which the general text helper prints): "null", or [a, b], "null" for a null element
    if v is None:
        return "null"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        return "[" + ", ".join(["null" if x is None else str(x) for x in v]) + "]"
    return str(v)


def _static_init():
    global total
    total = 10
    LOG.append("static block")


def show(v):
    return "int " + str(v)


def show_string(v):
    return "string " + _jnstr(v)


def show_int_int(a, b):
    return "two " + str(_w32(a + b))


def show_0():
    return "none"


def main():
    print(_jnstr(show(1)) + ", " + _jnstr(show_string("s")) + ", " + _jnstr(show_int_int(2, 3)) + ", " + _jnstr(show_0()))
    o = Over(3)
    print(_jnstr(o.describe()) + " " + _jnstr(o.describe_string("> ")) + " " + str(after) + " " + _jlstr(LOG))


class Over:
    def __init__(self, extra):
        self.x = 0
        self.tag = None
        self.tag = "t"
        self.x = 5
        LOG.append("instance block " + _jnstr(self.tag))
        self.x = _w32(self.x + extra)

    def describe(self):
        return "x=" + str(self.x)

    def describe_string(self, prefix):
        return _jnstr(prefix) + _jnstr(self.describe())


LOG = []
total = 0
_static_init()
after = _w32(total * 2)
