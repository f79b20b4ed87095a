class _JRandom:
    # java.util.Random: Java's 48-bit linear congruential generator, so a seed gives Java's
    # sequence (MicroPython's random module is another generator).
    def __init__(self, seed=None):
        if seed is None:
            import random
            seed = random.getrandbits(32) << 16 ^ random.getrandbits(16)
        self.seed = (seed ^ 25214903917) & 281474976710655

    def next(self, bits):
        self.seed = (self.seed * 25214903917 + 11) & 281474976710655
        r = self.seed >> 48 - bits
        return r - 4294967296 if r > 2147483647 else r

    def next_int(self, bound=None):
        if bound is None:
            return self.next(32)
        if bound <= 0:
            raise ValueError("bound must be positive")
        r = self.next(31)
        m = bound - 1
        if not bound & m:
            return bound * r >> 31
        u = r
        while True:
            r = u % bound
            if u - r + m < 2147483648:
                return r
            u = self.next(31)

    def next_long(self):
        v = (self.next(32) << 32) + self.next(32)
        return (v + 9223372036854775808 & 18446744073709551615) - 9223372036854775808

    def next_long_below(self, bound):
        # RandomGenerator.nextLong(bound) (Java 17+): Java's bounded algorithm over next_long()
        if bound <= 0:
            raise ValueError("bound must be positive")
        m = bound - 1
        r = self.next_long()
        if not bound & m:
            return r & m
        u = (r & 18446744073709551615) >> 1
        while True:
            r = u % bound
            if u + m - r < 9223372036854775808:
                return r
            u = (self.next_long() & 18446744073709551615) >> 1

    def next_boolean(self):
        return self.next(1) != 0

    def next_float(self):
        return self.next(24) / 16777216.0

    def next_double(self):
        return ((self.next(26) << 27) + self.next(27)) * 1.1102230246251565e-16

    def set_seed(self, seed):
        self.seed = (seed ^ 25214903917) & 281474976710655


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _JRandom(42).next_int()
# java: new java.util.Random(42).nextInt()
# >>> _JRandom(42).next_int(10)
# java: new java.util.Random(42).nextInt(10)
# >>> _JRandom(7).next_int(16)
# java: new java.util.Random(7).nextInt(16)
# >>> _JRandom(-3).next_long()
# java: new java.util.Random(-3).nextLong()
# >>> _JRandom(0).next_boolean()
# java: new java.util.Random(0).nextBoolean()
# >>> _JRandom(123456789).next_int(1000000007)
# java: new java.util.Random(123456789).nextInt(1000000007)
# >>> _JRandom(42).next_long_below(1000000007)
# java: new java.util.Random(42).nextLong(1000000007L)
# >>> _JRandom(5).next_long_below(1 << 40)
# java: new java.util.Random(5).nextLong(1L << 40)
# >>> _JRandom(9).next_long_below(6917529027641081856)
# java: new java.util.Random(9).nextLong(6917529027641081856L)
# >>> _JRandom(1).next_long_below(0)
# java: new java.util.Random(1).nextLong(0L)
