def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _w64(v):
    if (v >> 63) + 1 >> 1:
        return (v + 9223372036854775808 & 18446744073709551615) - 9223372036854775808
    return v


def hash_(s):
    h = 0
    i = 0
    while i < len(s):
        h = _w32(31 * h + ord(s[i]))
        i += 1
    return h


def main():
    max_ = 2147483647
    print(_w32(max_ + 1))
    print(_w32(-(-2147483648)))
    big = 9223372036854775807
    big = _w64(big + 1)
    print(big)
    c = 0
    for i in range(10):
        c += i * 2
    print("%d %d" % (c, hash_("hello world, this is java")))
    print("%d %d %d -2 2" % (_w32(3000000000), (200 + 128 & 255) - 128, (70000 + 32768 & 65535) - 32768))
    m = 65536
    print(_w32(m * m))
    print(_w32(1 << 31))
