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


def twice(x):
    return _w32(2 * x)


def apply(f, v):
    return f(v)


def main():
    inc = lambda x: _w32(x + 1)
    add = lambda a, b: _w32(a + b)
    empty = lambda _o: len(_o) == 0
    hello = lambda: "hello"
    suppliers = []
    for i in range(3):
        copy = i * 10
        suppliers.append((lambda copy=copy: copy))
    seen = []

    def _lambda(s, seen=seen):
        up = s.upper()
        seen.append(up + "!")

    record = _lambda
    record("a")
    record("b")
    fn = Fn("#")
    tagger = fn.tag
    doubler = twice
    print(_jnstr(inc(4)) + " " + _jnstr(add(2, 3)) + " " + ("true" if empty("") else "false") + " " + _jnstr(hello()))
    print(_jnstr(suppliers[0]()) + " " + _jnstr(suppliers[2]()) + " " + _jlstr(seen))
    print(_jnstr(tagger("x")) + " " + _jnstr(doubler(21)) + " " + str(apply((lambda v: _w32(v * v)), 7)) + " " + str(apply(twice, 5)))
    r = lambda: print("ran")
    r()


class Fn:
    def __init__(self, prefix):
        self.prefix = None
        self.prefix = prefix

    def tag(self, s):
        return _jnstr(self.prefix) + _jnstr(s)
