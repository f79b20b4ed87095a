def _jfstr(x, p=24):
    # Java's Float.toString(x) (p=53: Double.toString), from the value's bits: MicroPython's own
    # float text is not Java's (nor always the nearest). None is a null Float.
    if x is None:
        return "null"
    if x != x:
        return "NaN"
    import struct
    if p == 24:
        u = struct.unpack("<I", struct.pack("<f", x))[0]
        w = 8
    else:
        u = struct.unpack("<Q", struct.pack("<d", x))[0]
        w = 11
    s = "-" if u >> p + w - 1 else ""
    ex = u >> p - 1 & (1 << w) - 1
    c = u & (1 << p - 1) - 1
    if ex == (1 << w) - 1:
        return s + "Infinity"
    if not ex:
        if not c:
            return s + "0.0"
        ex = 1
    else:
        c |= 1 << p - 1
    f, e = _jdec(c, ex + 2 - p - (1 << w - 1), c == 1 << p - 1 and ex > 1)
    ds = str(f)
    e += len(ds) - 1
    ds = ds.rstrip("0")
    if -3 <= e < 7:
        if e < 0:
            return s + "0." + "0" * (-e - 1) + ds
        ds += "0" * (e + 2 - len(ds))
        return s + ds[:e + 1] + "." + ds[e + 1:]
    return s + ds[0] + "." + (ds[1:] or "0") + "E" + str(e)


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (values as Java prints them, exceptions as jmpy maps them). Floats are built from their bits.
# >>> _jfstr(1 / 3)
# java: Float.toString(1f / 3)
# >>> _jfstr(0.1 + 0.2)
# java: Float.toString(0.1f + 0.2f)
# >>> _jfstr(100.0)
# java: Float.toString(100f)
# >>> _jfstr(-0.0)
# java: Float.toString(-0.0f)
# >>> _jfstr(None)
# java: String.valueOf((Float) null)
# >>> _jfstr(float("nan"))
# java: Float.toString(Float.NaN)
# >>> _jfstr(-float("inf"))
# java: Float.toString(Float.NEGATIVE_INFINITY)
# (the notation changes at 10**7 and 10**-3)
# >>> _jfstr(9999999.0)
# java: Float.toString(9999999f)
# >>> _jfstr(10000000.0)
# java: Float.toString(1e7f)
# >>> _jfstr(0.001)
# java: Float.toString(0.001f)
# >>> _jfstr(0.00099999)
# java: Float.toString(0.00099999f)
# >>> _jfstr(float(16777217))
# java: Float.toString(16777217f)
# >>> _jfstr(123456.79)
# java: Float.toString(123456.79f)
# (bits: Float.MAX_VALUE, MIN_VALUE, MIN_NORMAL, and 2**-126 - 2**-149)
# >>> _jfstr(struct.unpack("<f", struct.pack("<I", 0x7f7fffff))[0])
# java: Float.toString(Float.MAX_VALUE)
# >>> _jfstr(struct.unpack("<f", struct.pack("<I", 1))[0])
# java: Float.toString(Float.MIN_VALUE)
# >>> _jfstr(struct.unpack("<f", struct.pack("<I", 0x00800000))[0])
# java: Float.toString(Float.MIN_NORMAL)
# >>> _jfstr(struct.unpack("<f", struct.pack("<I", 0x007fffff))[0])
# java: Float.toString(Float.intBitsToFloat(0x007fffff))
# (p=53: Double.toString of a float's value, as widening prints it)
# >>> _jfstr(0.1, 53)
# java: Double.toString(0.1f)
# >>> _jfstr(1e10, 53)
# java: Double.toString(1e10f)
