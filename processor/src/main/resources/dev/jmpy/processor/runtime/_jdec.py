def _jdec(c, q, irregular):
    # The decimal f * 10**e that Java's Float/Double.toString picks for the value c * 2**q (c > 0):
    # the fewest digits (at least two) that read back as the same float, nearest the value, even on
    # a tie. Exact integer arithmetic. irregular: the gap below is half the gap above (c is a power
    # of two that is not the least exponent's).
    b = q - 2
    s2 = 1 << b if b > 0 else 1
    d2 = 1 << -b if b < 0 else 1
    n = 0
    x = c
    while x:
        x >>= 1
        n += 1
    e = (n + q - 1) * 78913 >> 18
    while True:
        k = e - 1
        bu = s2 * 10 ** -k if k < 0 else s2
        du = d2 * 10 ** k if k > 0 else d2
        v = 4 * c * bu
        if v >= 100 * du:
            e += 1
        elif v < 10 * du:
            e -= 1
        else:
            break
    odd = c & 1
    lo = v - (bu if irregular else 2 * bu)
    hi = v + 2 * bu
    while True:
        d = v // du
        y = d * du
        z = y + du
        yin = y > lo or (y == lo and not odd)
        zin = z < hi or (z == hi and not odd)
        if yin and zin:
            t = v - y - (z - v)
            return (d if t < 0 or (t == 0 and not d & 1) else d + 1), k
        if yin:
            return d, k
        if zin:
            d += 1
            return (d // 10, k + 1) if d >= 100 and not d % 10 else (d, k)
        k -= 1
        if k < 0:
            bu *= 10
            v *= 10
            lo *= 10
            hi *= 10
        else:
            du //= 10


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# decimal(text) is Float/Double.toString's digits as "f e" with at least two digits.
# (0.1f: 13421773 * 2**-27)
# >>> "%d %d" % _jdec(13421773, -27, False)
# java: decimal(Float.toString(0.1f))
# (Float.MAX_VALUE; Float.MIN_VALUE, the least subnormal; 2**-126, irregular; 1.0)
# >>> "%d %d" % _jdec(16777215, 104, False)
# java: decimal(Float.toString(Float.MAX_VALUE))
# >>> "%d %d" % _jdec(1, -149, False)
# java: decimal(Float.toString(Float.MIN_VALUE))
# >>> "%d %d" % _jdec(8388608, -149, True)
# java: decimal(Float.toString(Float.MIN_NORMAL))
# >>> "%d %d" % _jdec(8388608, -23, True)
# java: decimal(Float.toString(1.0f))
# (doubles: 0.1, (double) 0.1f, 2**-1074, 1e23)
# >>> "%d %d" % _jdec(7205759403792794, -56, False)
# java: decimal(Double.toString(0.1))
# >>> "%d %d" % _jdec(7205759511166976, -56, False)
# java: decimal(Double.toString((double) 0.1f))
# >>> "%d %d" % _jdec(1, -1074, False)
# java: decimal(Double.toString(Double.MIN_VALUE))
# >>> "%d %d" % _jdec(5960464477539062, 24, False)
# java: decimal(Double.toString(1e23))
