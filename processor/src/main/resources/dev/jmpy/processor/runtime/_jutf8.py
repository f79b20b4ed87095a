def _jutf8(b):
    try:
        s = str(b, "utf-8")
        if len(s) == len(b):
            return s  # ASCII: MicroPython's check is enough
    except UnicodeError:
        pass
    # Java's decoder: each maximal malformed subsequence (overlong forms, values past U+10FFFF,
    # truncated sequences) becomes one U+FFFD; MicroPython's own check lets some through
    out = []
    n = len(b)
    i = 0
    while i < n:
        c = b[i] & 255
        i += 1
        if c < 0x80:
            out.append(c)
            continue
        if 0xC2 <= c <= 0xDF:
            need, lo, hi, v = 1, 0x80, 0xBF, c & 0x1F
        elif 0xE0 <= c <= 0xEF:
            need, lo, hi, v = 2, 0xA0 if c == 0xE0 else 0x80, 0xBF, c & 0x0F
        elif 0xF0 <= c <= 0xF4:
            need, lo, hi, v = 3, 0x90 if c == 0xF0 else 0x80, 0x8F if c == 0xF4 else 0xBF, c & 0x07
        else:
            out.append(0xFFFD)
            continue
        while need:
            if i == n or not lo <= b[i] & 255 <= hi:
                v = 0xFFFD
                break
            v = v << 6 | b[i] & 0x3F
            lo, hi = 0x80, 0xBF
            i += 1
            need -= 1
        # a surrogate's three bytes (ED A0..BF ..) are one malformed sequence to Java
        out.append(0xFFFD if 0xD800 <= v < 0xE000 else v)
    return "".join(map(chr, out))


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# (the code points of the text, since the JVM counts UTF-16 units)
# >>> list(map(ord, _jutf8(b"hi")))
# java: cps("hi".getBytes())
# >>> list(map(ord, _jutf8(array("b", [104, -61, -87, -30, -126, -84, -16, -97, -104, -128]))))
# java: cps(new byte[] {104, -61, -87, -30, -126, -84, -16, -97, -104, -128})
# >>> list(map(ord, _jutf8(b"a\xffb\x80c")))
# java: cps(new byte[] {97, -1, 98, -128, 99})
# >>> list(map(ord, _jutf8(b"\xc0\x80\xc1\xbf")))
# java: cps(new byte[] {(byte) 0xc0, (byte) 0x80, (byte) 0xc1, (byte) 0xbf})
# >>> list(map(ord, _jutf8(b"\xe0\x80\x80\xe0\xa0")))
# java: cps(new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0x80, (byte) 0xe0, (byte) 0xa0})
# >>> list(map(ord, _jutf8(b"\xed\xa0\x80x\xed\x9f\xbf")))
# java: cps(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, 'x', (byte) 0xed, (byte) 0x9f, (byte) 0xbf})
# >>> list(map(ord, _jutf8(b"\xf0\x80\x80\x80\xf4\x90\x80\x80")))
# java: cps(new byte[] {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80})
# >>> list(map(ord, _jutf8(b"\xf5\xf8\xfe\xf0\x9f\x98")))
# java: cps(new byte[] {(byte) 0xf5, (byte) 0xf8, (byte) 0xfe, (byte) 0xf0, (byte) 0x9f, (byte) 0x98})
# >>> list(map(ord, _jutf8(b"\xe2\x82x\xc3")))
# java: cps(new byte[] {(byte) 0xe2, (byte) 0x82, 'x', (byte) 0xc3})
# >>> list(map(ord, _jutf8(b"\xf4\x8f\xbf\xbf\xef\xbf\xbf")))
# java: cps(new byte[] {(byte) 0xf4, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf, (byte) 0xef, (byte) 0xbf, (byte) 0xbf})
# >>> list(map(ord, _jutf8(b"\xed\xa0Ax\xed\xbf")))
# java: cps(new byte[] {(byte) 0xed, (byte) 0xa0, 'A', 'x', (byte) 0xed, (byte) 0xbf})
