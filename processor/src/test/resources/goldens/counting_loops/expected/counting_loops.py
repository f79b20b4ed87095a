def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


LIMIT = 1000


def primes():
    composite = bytearray(LIMIT + 1)
    i = 2
    while i * i <= LIMIT:
        if not composite[i]:
            for j in range(i * i, LIMIT + 1, i):
                composite[j] = True
        i += 1
    count = 0
    for i in range(2, LIMIT + 1):
        if not composite[i]:
            count += 1
    return count


def digits(values, step):
    total = 0
    for i in range(len(values) - 1, -1, -1):
        total = _w32(total + ((_q % 10 if (_q := values[i]) >= 0 else -(-_q % 10)) + i % 3 + i // 2))
    for i in range(len(values)):
        total = _w32(total - (_q2 // 4 if (_q2 := values[i]) >= 0 else -(-_q2 // 4)))
    i = 0
    while i < len(values):
        total = _w32(total + values[i if i >= 0 else len(values)])
        i = _w32(i + 2)
    if step > 0:
        i = 0
        while i < len(values):
            total = _w32(total + values[i if i >= 0 else len(values)])
            i = _w32(i + step)
    return total


def percentages(rows):
    total = 0
    for i in range(rows):
        value = _q % 1000 if (_q := _w32(i * 37)) >= 0 else -(-_q % 1000)
        total = _w32(total + (_q2 // 999 if (_q2 := value * 100) >= 0 else -(-_q2 // 999)))
    for i in range(20000):
        value = i * 37 % 1000
        total = _w32(total + value * 100 // 999)
    return total


def evens(values):
    total = 0
    i = 0
    while i < len(values):
        if values[i] % 2 == 0:
            total = _w32(total + i // 2)
        i += 1
    return _w32(total + i)


def up_to(n):
    total = 0
    i = 0
    while i <= n:
        total = _w32(total + i)
        if total > 100:
            break
        i = _w32(i + 1)
    return total


def down_to(n):
    total = 0
    i = 10
    while i >= n:
        total = _w32(total + 1)
        if total > 100:
            break
        i = _w32(i - 1)
    return total
