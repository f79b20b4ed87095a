class _ByteArrayOutputStream:
    # java.io.ByteArrayOutputStream: a growing bytearray; write(int) keeps the low 8 bits, as
    # Java's does, and toByteArray() copies the bytes into an array("b") (Java's byte[])

    def __init__(self):
        self.buf = bytearray()

    def write(self, b):
        self.buf.append(b & 255)

    def write_from(self, src, off=0, n=-1):
        if n == -1:
            n = len(src) - off
        if off < 0 or n < 0 or off + n > len(src):
            raise IndexError("Range [" + str(off) + ", " + str(off) + " + " + str(n)
                             + ") out of bounds for length " + str(len(src)))
        self.buf.extend(src[off:off + n])

    def to_byte_array(self):
        from array import array
        return array("b", self.buf)

    def reset(self):
        self.buf = bytearray()

    def __str__(self):
        return _jutf8(self.buf)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> o = _ByteArrayOutputStream()
# java: var o = new java.io.ByteArrayOutputStream();
# >>> o.write(-1)
# java: o.write(-1);
# >>> o.write(300)
# java: o.write(300);
# >>> o.write_from(array("b", [104, 105, -2]), 0, 2)
# java: o.write(new byte[] {104, 105, -2}, 0, 2);
# >>> o.to_byte_array()
# java: o.toByteArray()
# >>> [len(o.buf), str(o)]
# java: List.of(o.size(), o.toString())
# >>> o.write_from(array("b", [1, 2]), 1, 2)
# java: run(() -> o.write(new byte[] {1, 2}, 1, 2))
# >>> o.write_from(array("b", [1, 2]), -1, 1)
# java: run(() -> o.write(new byte[] {1, 2}, -1, 1))
# >>> o.reset()
# java: o.reset();
# >>> o.write_from(array("b", [79, 75]))
# java: o.writeBytes(new byte[] {79, 75});
# >>> [len(o.buf), str(o), o.to_byte_array()[1]]
# java: List.of(o.size(), o.toString(), o.toByteArray()[1])
