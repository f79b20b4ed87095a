class _ByteBuffer:
    _jkind = "ByteBuffer"
    # java.nio.ByteBuffer (a heap buffer): its bytes are the array("b") that array() returns, so
    # writes through either show in the other; position and limit checked as Java checks them;
    # shorts, ints and longs packed by struct in the buffer's order (">" big-endian, Java's default)

    def __init__(self, hb, pos, lim):
        self.hb = hb
        self.pos = pos
        self.lim = lim
        self.fmt = ">"

    @staticmethod
    def allocate(n):
        if n < 0:
            raise ValueError("capacity < 0: (" + str(n) + " < 0)")
        from array import array
        return _ByteBuffer(array("b", bytes(n)), 0, n)

    @staticmethod
    def wrap(hb, off=0, n=-1):
        if n == -1:
            n = len(hb) - off
        if off < 0 or n < 0 or off + n > len(hb):
            raise IndexError()
        return _ByteBuffer(hb, off, off + n)

    def capacity(self):
        return len(self.hb)

    def set_position(self, p):
        if p > self.lim or p < 0:
            raise ValueError("newPosition " + ("> limit: (" + str(p) + " > " + str(self.lim)
                                               if p > 0 else "< 0: (" + str(p) + " < 0") + ")")
        self.pos = p
        return self

    def set_limit(self, n):
        if n > len(self.hb) or n < 0:
            raise ValueError("newLimit " + ("> capacity: (" + str(n) + " > " + str(len(self.hb))
                                            if n > 0 else "< 0: (" + str(n) + " < 0") + ")")
        self.lim = n
        if self.pos > n:
            self.pos = n
        return self

    def remaining(self):
        n = self.lim - self.pos
        return n if n > 0 else 0

    def flip(self):
        self.lim = self.pos
        self.pos = 0
        return self

    def clear(self):
        self.pos = 0
        self.lim = len(self.hb)
        return self

    def rewind(self):
        self.pos = 0
        return self

    def order(self):
        return "BIG_ENDIAN" if self.fmt == ">" else "LITTLE_ENDIAN"

    def set_order(self, order):
        self.fmt = ">" if order == "BIG_ENDIAN" else "<"
        return self

    def _next(self, n, error):
        # the index of the next n bytes, moving the position past them
        p = self.pos
        if self.lim - p < n:
            raise error()
        self.pos = p + n
        return p

    def _at(self, i, n):
        if i < 0 or n > self.lim - i:
            raise IndexError()
        return i

    def get(self):
        return self.hb[self._next(1, _jmpy.BufferUnderflowException)]

    def get_at(self, i):
        return self.hb[self._at(i, 1)]

    def put(self, b):
        self.hb[self._next(1, _jmpy.BufferOverflowException)] = b
        return self

    def put_at(self, i, b):
        self.hb[self._at(i, 1)] = b
        return self

    def get_into(self, dst, off=0, n=-1):
        if n == -1:
            n = len(dst) - off
        if off < 0 or n < 0 or off + n > len(dst):
            raise IndexError("Range [" + str(off) + ", " + str(off) + " + " + str(n)
                             + ") out of bounds for length " + str(len(dst)))
        p = self._next(n, _jmpy.BufferUnderflowException)
        dst[off:off + n] = self.hb[p:p + n]
        return self

    def put_from(self, src, off=0, n=-1):
        if n == -1:
            n = len(src) - off
        if off < 0 or n < 0 or off + n > len(src):
            raise IndexError("Range [" + str(off) + ", " + str(off) + " + " + str(n)
                             + ") out of bounds for length " + str(len(src)))
        p = self._next(n, _jmpy.BufferOverflowException)
        self.hb[p:p + n] = src[off:off + n]
        return self

    def read(self, code, n):
        # the value of struct type code ("h", "i", "q"), n bytes long, at the position
        import struct
        return struct.unpack_from(self.fmt + code, self.hb,
                                  self._next(n, _jmpy.BufferUnderflowException))[0]

    def read_at(self, i, code, n):
        import struct
        return struct.unpack_from(self.fmt + code, self.hb, self._at(i, n))[0]

    def write(self, code, n, v):
        import struct
        struct.pack_into(self.fmt + code, self.hb, self._next(n, _jmpy.BufferOverflowException), v)
        return self

    def write_at(self, i, code, n, v):
        import struct
        struct.pack_into(self.fmt + code, self.hb, self._at(i, n), v)
        return self

    def __eq__(self, other):
        # Java's equals: the same remaining bytes (Objects.equals, List.contains use it)
        # by kind, not class: each module has its own copy of this class
        return (getattr(other, "_jkind", None) == "ByteBuffer"
                and self.hb[self.pos:self.lim] == other.hb[other.pos:other.lim])

    def __hash__(self):
        return hash(bytes(self.hb[self.pos:self.lim]))

    def __str__(self):
        return ("java.nio.HeapByteBuffer[pos=" + str(self.pos) + " lim=" + str(self.lim)
                + " cap=" + str(len(self.hb)) + "]")


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> b = _ByteBuffer.allocate(8)
# java: var b = java.nio.ByteBuffer.allocate(8);
# >>> b.write("h", 2, -2).write("i", 4, 305419896).put(-128)
# java: b.putShort((short) -2).putInt(305419896).put((byte) -128)
# >>> b.hb
# java: b.array()
# >>> [b.remaining(), b.pos, b.lim, b.capacity()]
# java: List.of(b.remaining(), b.position(), b.limit(), b.capacity())
# >>> b.write("h", 2, 1)
# java: b.putShort((short) 1)
# >>> b.get()
# java: b.get()
# >>> [b.flip().read("h", 2), b.read("i", 4), b.get(), b.remaining()]
# java: List.of(b.flip().getShort(), b.getInt(), b.get(), b.remaining())
# >>> [b.read_at(1, "h", 2), b.get_at(6), b.read_at(0, "q", 8), b.read_at(3, "i", 4)]
# java: List.of(b.getShort(1), b.get(6), b.getLong(0), b.getInt(3))
# >>> b.read_at(6, "h", 2)
# java: b.getShort(6)
# >>> b.get_at(7)
# java: b.get(7)
# >>> b.put_at(-1, 5)
# java: b.put(-1, (byte) 5)
# >>> b.write_at(4, "q", 8, 1)
# java: b.putLong(4, 1L)
# >>> b.set_order("LITTLE_ENDIAN").write_at(0, "h", 2, 258).read_at(0, "h", 2)
# java: b.order(java.nio.ByteOrder.LITTLE_ENDIAN).putShort(0, (short) 258).getShort(0)
# >>> [b.order(), b.hb[0], b.hb[1], b.set_order("BIG_ENDIAN").read_at(0, "h", 2)]
# java: List.of(b.order(), b.array()[0], b.array()[1], b.order(java.nio.ByteOrder.BIG_ENDIAN).getShort(0))
# >>> b.clear().set_limit(3).set_position(2)
# java: b.clear().limit(3).position(2)
# >>> b.set_position(4)
# java: b.position(4)
# >>> b.set_position(-1)
# java: b.position(-1)
# >>> b.set_limit(9)
# java: b.limit(9)
# >>> b.set_limit(-1)
# java: b.limit(-1)
# >>> b.set_limit(1)
# java: b.limit(1)
# >>> [b.write("b", 1, 1), b.rewind().put(1).put(2)]
# java: List.of(b.put((byte) 1), b.rewind().put((byte) 1).put((byte) 2))
# >>> b.get()
# java: b.get()
# >>> _ByteBuffer.allocate(-3)
# java: java.nio.ByteBuffer.allocate(-3)
# >>> w = _ByteBuffer.wrap(array("b", [1, 2, 3, 4, 5]), 1, 3)
# java: var w = java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5}, 1, 3);
# >>> [w, w.capacity(), w.get(), w.rewind().get()]
# java: List.of(w, w.capacity(), w.get(), w.rewind().get())
# >>> d = array("b", [0, 0, 0])
# java: var d = new byte[3];
# >>> w.get_into(d, 1, 2)
# java: w.get(d, 1, 2)
# >>> d
# java: d
# >>> w.get_into(d, 2, 2)
# java: w.get(d, 2, 2)
# >>> w.get_into(d)
# java: w.get(d)
# >>> _ByteBuffer.wrap(array("b", [9])).put_from(array("b", [7, 8]), 1, 1).flip()
# java: java.nio.ByteBuffer.wrap(new byte[] {9}).put(new byte[] {7, 8}, 1, 1).flip()
# >>> _ByteBuffer.wrap(array("b", [9])).put_from(array("b", [7, 8]))
# java: java.nio.ByteBuffer.wrap(new byte[] {9}).put(new byte[] {7, 8})
# >>> _ByteBuffer.wrap(array("b", [9]), 1, 1)
# java: java.nio.ByteBuffer.wrap(new byte[] {9}, 1, 1)
# >>> e = _ByteBuffer.wrap(array("b", [5, 1, 2]), 1, 2)
# java: var e = java.nio.ByteBuffer.wrap(new byte[] {5, 1, 2}, 1, 2);
# >>> [e == _ByteBuffer.wrap(array("b", [1, 2])), e == _ByteBuffer.wrap(array("b", [1, 3])), e == w]
# java: List.of(e.equals(java.nio.ByteBuffer.wrap(new byte[] {1, 2})), e.equals(java.nio.ByteBuffer.wrap(new byte[] {1, 3})), e.equals(w))
# >>> [e.get() == 1, e == _ByteBuffer.wrap(array("b", [2])), e == _ByteBuffer.allocate(0)]
# java: List.of(e.get() == 1, e.equals(java.nio.ByteBuffer.wrap(new byte[] {2})), e.equals(java.nio.ByteBuffer.allocate(0)))
