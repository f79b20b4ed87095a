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


def find(xs, prefix):
    for x in xs:
        if x.startswith(prefix):
            return x
    return None


def main():
    xs = ["apple", "banana"]
    b = find(xs, "b")
    z = find(xs, "z")
    print(("true" if b is not None else "false") + " " + ("true" if z is not None else "false") + " " + ("true" if z is None else "false") + " " + _jstr(b) + " " + _jstr(_v if (_v := z) is not None else "none") + " " + _jstr(_v2 if (_v2 := b) is not None else "none"))
