class _JBitSet:
    _jkind = "BitSet"
    # java.util.BitSet: the bits in one Python int (arbitrary precision), with Java's words (64
    # bits each) kept as a count only for size(), which follows Java's growth; Java's index checks
    # (IndexError = IndexOutOfBoundsException, with Java's messages).
    def __init__(self, nbits=None):
        self._b = 0
        if nbits is None:
            self._w = 1
            self._sticky = False
        else:
            if nbits < 0:
                raise _jmpy.NegativeArraySizeException("nbits < 0: " + str(nbits))
            self._w = (nbits + 63) >> 6
            self._sticky = True

    @staticmethod
    def _index(i, what="bitIndex"):
        if i < 0:
            raise IndexError(what + " < 0: " + str(i))

    @staticmethod
    def _range(a, b):
        if a < 0:
            raise IndexError("fromIndex < 0: " + str(a))
        if b < 0:
            raise IndexError("toIndex < 0: " + str(b))
        if a > b:
            raise IndexError("fromIndex: " + str(a) + " > toIndex: " + str(b))

    def _grow(self, words):
        # Java's ensureCapacity: at least double
        if self._w < words:
            self._w = max(2 * self._w, words)
            self._sticky = False

    @staticmethod
    def _bits(n):
        # n's bit length (MicroPython's int has no bit_length)
        return len(bin(n)) - 2 if n else 0

    def _used(self):
        return (_JBitSet._bits(self._b) + 63) >> 6

    def get(self, i):
        _JBitSet._index(i)
        return self._b >> i & 1 == 1

    def set(self, i):
        _JBitSet._index(i)
        self._grow((i >> 6) + 1)
        self._b |= 1 << i

    def set_to(self, i, v):
        if v:
            self.set(i)
        else:
            self.clear(i)

    def set_range(self, a, b, v=True):
        if not v:
            return self.clear_range(a, b)
        _JBitSet._range(a, b)
        if a < b:
            self._grow(((b - 1) >> 6) + 1)
            self._b |= (1 << b) - (1 << a)

    def clear(self, i=None):
        if i is None:
            self._b = 0
            return
        _JBitSet._index(i)
        if self._b >> i & 1:
            self._b ^= 1 << i

    def clear_range(self, a, b):
        _JBitSet._range(a, b)
        if a < b:
            self._b ^= self._b & (1 << b) - (1 << a)

    def flip(self, i):
        _JBitSet._index(i)
        self._grow((i >> 6) + 1)
        self._b ^= 1 << i

    def flip_range(self, a, b):
        _JBitSet._range(a, b)
        if a < b:
            self._grow(((b - 1) >> 6) + 1)
            self._b ^= (1 << b) - (1 << a)

    def cardinality(self):
        return bin(self._b).count("1")

    def length(self):
        return _JBitSet._bits(self._b)

    def size(self):
        return self._w * 64

    def is_empty(self):
        return self._b == 0

    def next_set_bit(self, i):
        _JBitSet._index(i, "fromIndex")
        r = self._b >> i
        if not r:
            return -1
        return i + _JBitSet._bits(r ^ r - 1) - 1

    def next_clear_bit(self, i):
        _JBitSet._index(i, "fromIndex")
        r = self._b >> i
        return i + _JBitSet._bits(r ^ r + 1) - 1

    def previous_set_bit(self, i):
        if i < 0:
            if i == -1:
                return -1
            raise IndexError("fromIndex < -1: " + str(i))
        return _JBitSet._bits(self._b & (2 << i) - 1) - 1

    def and_(self, o):
        self._b &= o._b

    def or_(self, o):
        self._grow(o._used())
        self._b |= o._b

    def xor(self, o):
        self._grow(o._used())
        self._b ^= o._b

    def and_not(self, o):
        self._b ^= self._b & o._b

    def intersects(self, o):
        return self._b & o._b != 0

    def clone(self):
        # Java trims the words of a set whose size is not fixed, in the original too
        if not self._sticky:
            self._w = self._used()
        c = _JBitSet()
        c._b = self._b
        c._w = self._w
        c._sticky = self._sticky
        return c

    def to_long_array(self):
        # a long[] is a list of ints
        m = 18446744073709551615
        return [((self._b >> 64 * k & m) ^ 9223372036854775808) - 9223372036854775808
                for k in range(self._used())]

    def to_byte_array(self):
        from array import array
        return array("b", [((self._b >> 8 * k & 255) ^ 128) - 128
                           for k in range((_JBitSet._bits(self._b) + 7) >> 3)])

    @staticmethod
    def value_of(values, width):
        # BitSet.valueOf(long[] / byte[]): little-endian words; size() from the values kept
        s = _JBitSet()
        m = (1 << width) - 1
        b = 0
        for k in range(len(values) - 1, -1, -1):
            b = b << width | values[k] & m
        s._b = b
        s._w = s._used()  # Java keeps the values up to the last one that is not 0
        return s

    def __eq__(self, o):
        # each module has its own copy of this class, so a BitSet made in another module is no
        # instance of this one: compare by kind, not by class
        return getattr(o, "_jkind", None) == "BitSet" and self._b == o._b

    def hash_code(self):
        # Java's: 1234 xor each 64-bit word times its index + 1, folded to 32 bits
        m = 18446744073709551615
        h = 1234
        for k in range(self._used()):
            h ^= (self._b >> 64 * k & m) * (k + 1) & m
        h = (h >> 32 ^ h) & 4294967295
        return h - 4294967296 if h > 2147483647 else h

    def __hash__(self):
        return self.hash_code()

    def __str__(self):
        parts = []
        b = self._b
        i = 0
        while b:
            if b & 1:
                parts.append(str(i))
            b >>= 1
            i += 1
        return "{" + ", ".join(parts) + "}"


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> s = _JBitSet()
# java: java.util.BitSet s = new java.util.BitSet();
# >>> s.set(1); s.set(3); s.set_range(64, 67)
# java: s.set(1); s.set(3); s.set(64, 67);
# >>> str(s)
# java: s.toString()
# >>> s.cardinality() * 1000000 + s.length() * 1000 + s.size()
# java: s.cardinality() * 1000000 + s.length() * 1000 + s.size()
# >>> t = _JBitSet(10)
# java: java.util.BitSet t = new java.util.BitSet(10);
# >>> t.flip(2); t.flip_range(0, 4); t.clear(3)
# java: t.flip(2); t.flip(0, 4); t.clear(3);
# >>> str(t) + " " + str(t.size()) + " " + str(t.next_set_bit(0)) + " " + str(t.next_clear_bit(0)) + " " + str(t.previous_set_bit(9))
# java: t + " " + t.size() + " " + t.nextSetBit(0) + " " + t.nextClearBit(0) + " " + t.previousSetBit(9)
# >>> u = _JBitSet(); u.set(200); c = u.clone(); c.clear(200)
# java: java.util.BitSet u = new java.util.BitSet(); u.set(200); java.util.BitSet c = (java.util.BitSet) u.clone(); c.clear(200);
# >>> str(u.size()) + " " + str(c.size()) + " " + str(u.next_set_bit(201))
# java: u.size() + " " + c.size() + " " + u.nextSetBit(201)
# >>> c.is_empty()
# java: c.isEmpty()
# >>> v = _JBitSet.value_of(array("b", [-1, 0, 5, 0, 0]), 8)
# java: java.util.BitSet v = java.util.BitSet.valueOf(new byte[] {-1, 0, 5, 0, 0});
# >>> str(v) + " " + str(v.size())
# java: v + " " + v.size()
# >>> v.to_byte_array()
# java: v.toByteArray()
# >>> w = _JBitSet.value_of([-2, 3, 0], 64)
# java: java.util.BitSet w = java.util.BitSet.valueOf(new long[] {-2, 3, 0});
# >>> w.to_long_array()
# java: w.toLongArray()
# >>> w.hash_code()
# java: w.hashCode()
# >>> w.size()
# java: w.size()
# >>> a = _JBitSet(); a.set_range(0, 8); b = _JBitSet(); b.set_range(4, 12); a.xor(b); x = a.clone(); a.and_(b); x.and_not(b)
# java: java.util.BitSet a = new java.util.BitSet(); a.set(0, 8); java.util.BitSet b = new java.util.BitSet(); b.set(4, 12); a.xor(b); java.util.BitSet x = (java.util.BitSet) a.clone(); a.and(b); x.andNot(b);
# >>> str(a) + " " + str(x)
# java: a + " " + x
# >>> x == a
# java: x.equals(a)
# >>> a.intersects(b)
# java: a.intersects(b)
# >>> _JBitSet().get(-1)
# java: new java.util.BitSet().get(-1)
# >>> _JBitSet().set_range(5, 2) or 0
# java: ((java.util.function.IntSupplier) () -> { new java.util.BitSet().set(5, 2); return 0; }).getAsInt()
# >>> _JBitSet(-3)
# java: new java.util.BitSet(-3)
