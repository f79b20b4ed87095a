def _jfparse(s, p=24):
    # Float.parseFloat (p=53: Double.parseDouble): Java's syntax, and the float nearest the number,
    # found exactly (MicroPython's float() also reads "inf", "1_0" and " 1 ", and rounds twice).
    t = s.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    if not t:
        raise _jmpy.NumberFormatException("empty String")
    import math
    r = t[1:] if t[0] in "+-" else t
    neg = t[0] == "-"
    if r == "NaN" or r == "Infinity":
        return math.nan if r == "NaN" else -math.inf if neg else math.inf
    if r[-1:] in ("f", "F", "d", "D"):
        r = r[:-1]
    x = r[:2] in ("0x", "0X")
    a, y, e = r[2:].partition("p" if "p" in r else "P") if x else r.partition("e" if "e" in r else "E")
    i, _, f = a.partition(".")
    ok = "0123456789abcdefABCDEF" if x else "0123456789"
    b = e[1:] if e[:1] in ("+", "-") else e
    if (not i and not f) or i.strip(ok) or f.strip(ok) or (x or y) and (not b or b.strip("0123456789")):
        raise _jmpy.NumberFormatException('For input string: "' + t + '"')
    n = int(i + f or "0", 16 if x else 10)
    e = int(e or "0")
    if not n:
        return -0.0 if neg else 0.0
    w = 128 if p == 24 else 1024
    e -= 4 * len(f) if x else len(f)
    h = len(bin(n)) + e if x else (len(str(n)) + e) * 10 // 3
    if h > w + 8:
        return -math.inf if neg else math.inf
    if h < 3 - w - p - 8:
        return -0.0 if neg else 0.0
    if x:
        num, den = (n << e, 1) if e >= 0 else (n, 1 << -e)
    else:
        num, den = (n * 10 ** e, 1) if e >= 0 else (n, 10 ** -e)
    q = len(bin(num)) - len(bin(den)) - p
    qmin = 3 - w - p
    while True:
        q = max(q, qmin)
        m, rest = divmod(num, den << q) if q >= 0 else divmod(num << -q, den)
        if m >> p:
            q += 1
        elif m >> p - 1 or q == qmin:
            break
        else:
            q -= 1
    rest *= 2
    d = den << q if q >= 0 else den
    if rest > d or rest == d and m & 1:
        m += 1
    v = math.ldexp(m, q)
    return -v if neg else v


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfparse("0.1")
# java: Float.parseFloat("0.1")
# >>> _jfparse("  -1.5e3f\n")
# java: Float.parseFloat("  -1.5e3f\n")
# >>> _jfparse("16777217")
# java: Float.parseFloat("16777217")
# >>> _jfparse("16777219")
# java: Float.parseFloat("16777219")
# >>> _jfparse("3.4028235e38")
# java: Float.parseFloat("3.4028235e38")
# >>> _jfparse("3.4028236e38")
# java: Float.parseFloat("3.4028236e38")
# >>> _jfparse("1e39")
# java: Float.parseFloat("1e39")
# >>> _jfparse("1.4e-45")
# java: Float.parseFloat("1.4e-45")
# >>> _jfparse("7.006492321624085e-46")
# java: Float.parseFloat("7.006492321624085e-46")
# >>> _jfparse("7.006492321624086e-46")
# java: Float.parseFloat("7.006492321624086e-46")
# >>> _jfparse("1.17549421e-38")
# java: Float.parseFloat("1.17549421e-38")
# >>> _jfparse("-0")
# java: Float.parseFloat("-0")
# >>> _jfparse(".5")
# java: Float.parseFloat(".5")
# >>> _jfparse("5.")
# java: Float.parseFloat("5.")
# >>> _jfparse("-Infinity")
# java: Float.parseFloat("-Infinity")
# >>> _jfparse("NaN")
# java: Float.parseFloat("NaN")
# >>> _jfparse("0x1.8p1")
# java: Float.parseFloat("0x1.8p1")
# >>> _jfparse("0X.0001P-130d")
# java: Float.parseFloat("0X.0001P-130d")
# >>> _jfparse("1e-99999999")
# java: Float.parseFloat("1e-99999999")
# >>> _jfparse("0.000000000000000000000000000000000000000000001401298464324817070923729583289916131280261941876515771757068283889791082685860601486638188362121582031250000001")
# java: Float.parseFloat("0.000000000000000000000000000000000000000000001401298464324817070923729583289916131280261941876515771757068283889791082685860601486638188362121582031250000001")
# >>> _jfparse("1_0")
# java: Float.parseFloat("1_0")
# >>> _jfparse("inf")
# java: Float.parseFloat("inf")
# >>> _jfparse("1e")
# java: Float.parseFloat("1e")
# >>> _jfparse(".")
# java: Float.parseFloat(".")
# >>> _jfparse("0x1.8")
# java: Float.parseFloat("0x1.8")
# >>> _jfparse("")
# java: Float.parseFloat("")
# >>> _jfparse("1.5ff")
# java: Float.parseFloat("1.5ff")
# >>> _jfparse("+-1")
# java: Float.parseFloat("+-1")
# >>> _jfparse("1.5", 53)
# java: (float) Double.parseDouble("1.5")
