def _jl2f(v, p=24):
    # Java's (float) of a long (p=53: (double)): the nearest, ties to even. MicroPython converts a
    # big int (beyond 32 bits) digit by digit, rounding more than once.
    n = -v if v < 0 else v
    if n < 4294967296:
        return float(v)
    s = 0
    while n >> s + p + 1:
        s += 1
    m = n >> s
    if m & 1 and (m & 2 or n & (1 << s) - 1):
        m += 1
    r = float(m >> 1) * (1 << s + 1)
    return -r if v < 0 else r


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jl2f(2 ** 40 + 2 ** 16 + 1)
# java: (float) (1L << 40 | 1L << 16 | 1)
# >>> _jl2f(-(2 ** 40 + 2 ** 16 + 1))
# java: (float) -(1L << 40 | 1L << 16 | 1)
# >>> _jl2f(2 ** 40 + 2 ** 16)
# java: (float) (1L << 40 | 1L << 16)
# >>> _jl2f(2 ** 40 + 3 * 2 ** 16)
# java: (float) (1L << 40 | 3L << 16)
# >>> _jl2f(9223372036854775807)
# java: (float) Long.MAX_VALUE
# >>> _jl2f(-9223372036854775808)
# java: (float) Long.MIN_VALUE
# >>> _jl2f(16777217)
# java: (float) 16777217L
# >>> _jl2f(4294967297)
# java: (float) 4294967297L
