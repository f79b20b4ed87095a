from array import array


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def main():
    i = 0
    a = array("i", memoryview(bytes(5)))
    _index = (i, (i := _w32(i + 1)))[0]
    a[_index if _index >= 0 else len(a)] = 10
    _index2 = (i, (i := _w32(i + 1)))[0]
    a[_index2 if _index2 >= 0 else len(a)] = 20
    _index3 = (i := _w32(i + 1))
    a[_index3 if _index3 >= 0 else len(a)] = 40
    y = (x := 7)
    z = (y := _w32(y + 3))
    c = 97
    d = (c, (c := c + 1 & 0xFFFF))[0]
    n = 3
    while (n, (n := _w32(n - 1)))[0] > 0:
        print("%d " % n, end="")
    print()
    print("%s %d %d %d %d %s%s %d" % (str(list(a)), i, x, y, z, chr(c), chr(d), n))
