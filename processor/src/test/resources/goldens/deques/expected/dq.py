def _jlstr(v):
    # Java's text of a collection of Strings, boxed numbers or objects of yours (never a bool or a
    # collection, which the general text helper prints): "null", or [a, b], "null" for a null element
    if v is None:
        return "null"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        return "[" + ", ".join(["null" if x is None else str(x) for x in v]) + "]"
    return str(v)


def _jnstr(v):
    return "null" if v is None else str(v)


def main():
    d = []
    d.append(1)
    d.append(2)
    d.insert(0, 0)
    d.insert(0, -1)
    print(_jlstr(d) + " " + str(len(d)) + " " + _jnstr(d[0] if d else None) + " " + _jnstr(d[-1] if d else None) + " " + ("true" if 2 in d else "false"))
    print(_jnstr(d.pop(0) if d else None) + " " + _jnstr(d.pop() if d else None) + " " + _jnstr(d.pop(0)) + " " + _jlstr(d))
    q = []
    q.append("a")
    q.append("b")
    print(_jnstr(q.pop(0) if q else None) + _jnstr(q[0] if q else None) + str(len(q)) + " " + _jnstr(q.pop(0) if q else None) + " " + _jnstr(q.pop(0) if q else None) + " " + ("true" if len(q) == 0 else "false"))
    stack = []
    stack.insert(0, "x")
    stack.insert(0, "y")
    while not len(stack) == 0:
        print(_jnstr(stack.pop(0)), end="")
    print()
