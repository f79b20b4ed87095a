import collections


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


def _jstr(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, dict):
        parts = []
        for k in v:
            parts.append(_jstr(k) + "=" + _jstr(v[k]))
        return "{" + ", ".join(parts) + "}"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        parts = []
        for x in v:
            parts.append(_jstr(x))
        return "[" + ", ".join(parts) + "]"
    return str(v)


def main():
    names = []
    names.append("bob")
    names.append("al")
    names.insert(0, "zed")
    print(_jlstr(names) + " " + str(len(names)) + " " + _jnstr(names[1]) + " " + ("true" if "al" in names else "false") + " " + str(names.index("x") if "x" in names else -1))
    names[1] = "BOB"
    names.pop(2)
    print(_jlstr(names))
    nums = list([3, 1, 2])
    nums.sort()
    print(_jlstr(nums) + " " + ("true" if len(nums) == 0 else "false"))
    ages = collections.OrderedDict()
    ages["x"] = 1
    ages["a"] = 2
    ages["x"] = 3
    print(_jstr(ages) + " " + _jnstr(ages.get("a")) + " " + _jnstr(ages.get("nope")) + " " + _jnstr(ages.get("q", 9)))
    for e in ages.items():
        print(_jnstr(e[0]) + "=" + _jnstr(e[1]))
    nested = {}
    nested[1] = []
    nested.get(1).append(True)
    print(_jstr(nested))
    sb = ["a"]
    sb.append(str(1))
    sb.append("true")
    sb.append("c")
    sb.append("d")
    print("".join(sb) + " " + str(len("".join(sb))) + " " + "".join(sb))
    empty = []
    empty.append(None)
    print(_jlstr(empty))
