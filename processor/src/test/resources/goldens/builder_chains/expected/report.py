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


def _jnstr(v):
    return "null" if v is None else str(v)


def _jdiv(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


def _w64(v):
    if (v >> 63) + 1 >> 1:
        return (v + 9223372036854775808 & 18446744073709551615) - 9223372036854775808
    return v


reads = 0


def next_():
    global reads
    return (reads := _w32(reads + 1))


def report(names, rows):
    sb = []
    for i in range(rows):
        name = names[_jrem(i, len(names))]
        value = _q % 1000 if (_q := _w32(i * 37)) >= 0 else -(-_q % 1000)
        sb.append("row %d: %s = %d (%d%%)\n" % (i, _jnstr(name), value, _q2 // 999 if (_q2 := value * 100) >= 0 else -(-_q2 // 999)))
    sb.append("reads ")
    sb.append("%d, length " % next_())
    sb.append("%d\n" % len("".join(sb)))
    return "".join(sb)


def label(unit, on, total, parts):
    summary = "%d%s%s" % (total, chr(unit), " on" if on else " off")
    return "total %d%s in %d parts, %s; avg %d" % (total, chr(unit), parts, summary, _w64(_jdiv(total, parts)))
