import _jmpy
from array import array


def _w64(v):
    if (v >> 63) + 1 >> 1:
        return (v + 9223372036854775808 & 18446744073709551615) - 9223372036854775808
    return v


def _jcopyof(a, lo, hi, w, grow=False, zero=None):
    # Arrays.copyOf(a, n) (lo 0, hi n, grow) and copyOfRange(a, lo, hi): a new array of the same
    # kind, past a's end Java's zeros (w bytes each, MicroPython's array reads them as 0; w 0: a
    # list, padded with zero: null, or 0 for a long[]); Java's checks
    if grow:
        _jmpy.size(hi)
    elif lo > hi:
        raise ValueError("%d > %d" % (lo, hi))
    elif lo < 0 or lo > len(a):
        raise IndexError("Array index out of range: %d" % lo)
    b = a[lo:hi]
    n = hi - lo - len(b)
    if n:
        b.extend(bytes(n * w) if w else [zero] * n)
    return b


def make_table():
    table = [0] * 256
    for n in range(256):
        c = n
        for k in range(8):
            c = 0xEDB88320 ^ c >> 1 if c & 1 != 0 else c >> 1
        table[n] = c
    return table


def crc(data):
    c = 0xFFFFFFFF
    for b in data:
        c = TABLE[(c ^ b) & 0xFF] ^ c >> 8
    return c ^ 0xFFFFFFFF


def main():
    sums = [9223372036854775807, 0, -1]
    sums[0] = _w64(sums[0] + 1)
    sums[1] = _w64(sums[1] + 1)
    sums[2] = _w64(sums[0] * 3)
    longer = _jcopyof(sums, 0, 5, 0, True, 0)
    longer.sort()
    print("%s %d" % ("null" if longer is None else str(longer), crc(array("b", [1, 2, 3]))))


TABLE = make_table()
