def find(xs, prefix):
    for x in xs:
        if x.startswith(prefix):
            return x
    return None


def main():
    xs = ["apple", "banana"]
    b = find(xs, "b")
    z = find(xs, "z")
    print(("true" if b is not None else "false") + " " + ("true" if z is not None else "false") + " " + ("true" if z is None else "false") + " " + b + " " + (_v if (_v := z) is not None else "none") + " " + (_v2 if (_v2 := b) is not None else "none"))
