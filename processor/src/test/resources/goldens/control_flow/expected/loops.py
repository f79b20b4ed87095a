def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def sum_(n, values):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        elif i > 7:
            break
        else:
            total = _w32(total + i)
    for i in range(10, -1, -2):
        total = _w32(total - i)
    i = 1
    while i <= n:
        total = _w32(total + i)
        i = _w32(i + 1)
    i = 0
    j = 10
    while i < j:
        if i == 2:
            i = _w32(i + 1)
            j = _w32(j - 1)
            continue
        total = _w32(total + _w32(j - i))
        i = _w32(i + 1)
        j = _w32(j - 1)
    k = 0
    while True:
        k = _w32(k + 1)
        if k == 2:
            if not k < 5:
                break
            continue
        total = _w32(total + k)
        if not k < 5:
            break
    while total > 100:
        total = total // 2 if total >= 0 else -(-total // 2)
    for v in values:
        total = _w32(total + v)
    while True:
        break
    return total if total > 0 else _w32(-total)
