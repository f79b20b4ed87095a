def _jfmt(x, conv, flags="", width=-1, prec=-1):
    # Java's String.format of a float or double with %f, %e or %g (%E, %G): the value's shortest
    # decimal (as Double.toString) rounded half up to the precision, then Java's flags -#+ 0,( and
    # width. MicroPython's own % formatting rounds differently.
    up = conv < "a"
    conv = conv.lower()
    neg = False
    if x != x:
        t = "NaN"
    else:
        import struct
        u = struct.unpack("<Q", struct.pack("<d", x))[0]
        neg = u >> 63
        ex = u >> 52 & 2047
        c = u & 4503599627370495
        if ex == 2047:
            t = "Infinity"
        else:
            f, e = 0, 0
            if ex:
                f, e = _jdec(c | 4503599627370496, ex - 1075, not c and ex > 1)
            elif c:
                f, e = _jdec(c, -1074, False)
            if prec < 0:
                prec = 6
            n = len(str(f))
            if conv == "g":
                prec = prec or 1
                f, e, n = _jfmt_round(f, e, n, prec)
                r = n + e - 1
                if f and not -4 <= r < prec:
                    conv = "e"
                    prec -= 1
                else:
                    conv = "f"
                    prec -= r + 1
            if conv == "e":
                f, e, n = _jfmt_round(f, e, n, prec + 1)
                r = n + e - 1 if f else 0
                t = str(f) + "0" * (prec + 1 - n)
                t = t[0] + ("." + t[1:] if prec else "#" in flags and "." or "")
                t += ("e-" if r < 0 else "e+") + ("0" if -10 < r < 10 else "") + str(abs(r))
            else:
                f, e, n = _jfmt_round(f, e, n, n + e + prec)
                t = str(f) + "0" * e
                if e < 0:
                    t = "0" * (1 - len(t) - e) + t
                    t = t[:e] + "." + t[e:]
                    prec += e
                elif prec or "#" in flags:
                    t += "."
                t += "0" * prec
                if "," in flags:
                    i = t.find(".")
                    i = len(t) if i < 0 else i
                    while i > 3:
                        i -= 3
                        t = t[:i] + "," + t[i:]
    if up:
        t = t.upper()
    s = ("(" if "(" in flags else "-") if neg else "" if t[0] == "N" else "+" if "+" in flags else " " if " " in flags else ""
    z = ")" if neg and "(" in flags else ""
    if "0" in flags and t[-1] < "A":
        t = "0" * (width - len(s) - len(t) - len(z)) + t
    t = s + t + z
    return t + " " * (width - len(t)) if "-" in flags else " " * (width - len(t)) + t


def _jfmt_round(f, e, n, p):
    # f * 10**e (n digits in f) rounded half up to p significant digits: (f, e, n)
    if p < 0 or not f:
        return 0, 0, 1
    if p >= n:
        return f, e, n
    m = 10 ** (n - p)
    f = (f + m // 2) // m
    e += n - p
    if not p:
        return f, e if f else 0, 1
    if f == 10 ** p:
        return f // 10, e + 1, p
    return f, e, p


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jfmt(0.1, "f")
# java: String.format("%f", 0.1f)
# >>> _jfmt(0.1, "f", "", -1, 10)
# java: String.format("%.10f", 0.1f)
# (half up on the shortest decimal of the value as a double: 0.5 -> 1, 2.5 -> 3, 0.125 -> 0.13;
# 1.005f is the double 1.0049999952316284 -> 1.00)
# >>> _jfmt(0.5, "f", "", -1, 0)
# java: String.format("%.0f", 0.5f)
# >>> _jfmt(2.5, "f", "", -1, 0)
# java: String.format("%.0f", 2.5f)
# >>> _jfmt(0.125, "f", "", -1, 2)
# java: String.format("%.2f", 0.125f)
# >>> _jfmt(1.005, "f", "", -1, 2)
# java: String.format("%.2f", 1.005f)
# >>> _jfmt(-0.0, "f", "", -1, 1)
# java: String.format("%.1f", -0.0f)
# >>> _jfmt(-0.04, "f", "", -1, 1)
# java: String.format("%.1f", -0.04f)
# >>> _jfmt(9.99, "f", "", -1, 1)
# java: String.format("%.1f", 9.99f)
# >>> _jfmt(float(2 ** 127), "f", "", -1, 1)
# java: String.format("%.1f", 0x1p127f)
# >>> _jfmt(1234567.0, "f", ",", -1, 2)
# java: String.format("%,.2f", 1234567f)
# >>> _jfmt(-3.5, "f", "(", 10, 2)
# java: String.format("%(10.2f", -3.5f)
# >>> _jfmt(-3.5, "f", "0", 10, 2)
# java: String.format("%010.2f", -3.5f)
# >>> _jfmt(3.5, "f", "+", -1, 0)
# java: String.format("%+.0f", 3.5f)
# >>> _jfmt(3.0, "f", "#", -1, 0)
# java: String.format("%#.0f", 3f)
# >>> _jfmt(3.25, "f", "-", 8, 1)
# java: String.format("%-8.1f|", 3.25f).substring(0, 8)
# >>> _jfmt(float("nan"), "f", "0+", 6, 2)
# java: String.format("%+06.2f", Float.NaN)
# >>> _jfmt(-float("inf"), "f", "(", 12)
# java: String.format("%(12f", Float.NEGATIVE_INFINITY)
# >>> _jfmt(123.456, "e")
# java: String.format("%e", 123.456f)
# >>> _jfmt(0.0, "e", "", -1, 2)
# java: String.format("%.2e", 0f)
# >>> _jfmt(9.96, "E", "", -1, 1)
# java: String.format("%.1E", 9.96f)
# >>> _jfmt(1e-10, "e", "0", 12, 1)
# java: String.format("%012.1e", 1e-10f)
# >>> _jfmt(2.5, "e", "#", -1, 0)
# java: String.format("%#.0e", 2.5f)
# >>> _jfmt(float(2 ** -149), "e", "", -1, 3)
# java: String.format("%.3e", Float.MIN_VALUE)
# >>> _jfmt(123456.0, "g")
# java: String.format("%g", 123456f)
# >>> _jfmt(1234567.0, "g")
# java: String.format("%g", 1234567f)
# >>> _jfmt(0.0001, "g")
# java: String.format("%g", 0.0001f)
# >>> _jfmt(0.00001, "G", "", -1, 2)
# java: String.format("%.2G", 0.00001f)
# >>> _jfmt(99999.5, "g", "", -1, 5)
# java: String.format("%.5g", 99999.5f)
# >>> _jfmt(0.0, "g", "", -1, 0)
# java: String.format("%.0g", 0f)
# >>> _jfmt(1234.5, "g", ",", 12, 6)
# java: String.format("%,12.6g", 1234.5f)
