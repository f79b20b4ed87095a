def _jdiv(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jrem(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    r = a % b
    if r != 0 and (r < 0) != (a < 0):
        r -= b
    return r


def _w64(v):
    if (v >> 63) + 1 >> 1:
        return (v + 9223372036854775808 & 18446744073709551615) - 9223372036854775808
    return v


def quotient(a, b):
    return _w32(_jdiv(a, b))


def rest(a, b):
    return _jrem(a, b)


def mixed(a, b):
    c = _w64(a * b - (_q // 3 if (_q := _w64(a + b)) >= 0 else -(-_q // 3)))
    c = c // 2 if c >= 0 else -(-c // 2)
    c = c % 7 if c >= 0 else -(-c % 7)
    return _w64(c << 2) | c >> 1 ^ ~c & 0xFF


def literals():
    return 17 // 5 + 17 % 5 + -3 + 0o10 + 1000
