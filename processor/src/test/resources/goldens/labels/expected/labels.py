def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


def main():
    found = -1
    _break_search = False
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                found = i * 10 + j
                _break_search = True
                break
        if _break_search:
            break
    print("found %d" % found)
    sb = []
    _break_outer = False
    _continue_outer = False
    for i in range(4):
        k = 0
        while True:
            k = _w32(k + 1)
            if k > i:
                _continue_outer = True
                break
            if i == 3:
                _break_outer = True
                break
            sb.append("%d%d " % (i, k))
        if _break_outer:
            break
        if _continue_outer:
            _continue_outer = False
            continue
    print("".join(sb))
    n = 0
    _break_loop = False
    _continue_loop = False
    while True:
        n = _w32(n + 1)
        for s in ["a", "b", "c"]:
            if s == "b" and n < 3:
                _continue_loop = True
                break
            if n == 4:
                _break_loop = True
                break
            print("%s%d " % (_jnstr(s), n), end="")
        if _break_loop:
            break
        if _continue_loop:
            _continue_loop = False
            if not n < 10:
                break
            continue
        if not n < 10:
            break
    print("n=%d" % n)
    count = 0
    _continue_a = False
    for x in range(3):
        _continue_b = False
        for y in range(3):
            for z in range(3):
                if z == 1:
                    _continue_b = True
                    break
                if y == 2:
                    _continue_a = True
                    break
                count = _w32(count + 1)
            if _continue_b:
                _continue_b = False
                continue
            if _continue_a:
                break
        if _continue_a:
            _continue_a = False
            continue
    print("count %d" % count)
