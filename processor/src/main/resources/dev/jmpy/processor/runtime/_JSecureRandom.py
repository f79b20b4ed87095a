class _JSecureRandom(_JRandom):
    # java.security.SecureRandom: Java's algorithms over random bits from the board (os.urandom,
    # the ESP32's hardware generator; MicroPython's random where a port has no urandom). Its values
    # are not Java's sequence, which no program can observe (a SecureRandom has no seed to repeat).
    def next(self, bits):
        import os
        if hasattr(os, "urandom"):
            r = int.from_bytes(os.urandom(4), "big") >> 32 - bits
        else:
            import random
            r = random.getrandbits(bits)
        return r - (1 << bits) if bits == 32 and r > 2147483647 else r

    def set_seed(self, seed):
        # SecureRandom adds the seed to its entropy: the values stay unpredictable
        pass

    def next_bytes(self, b):
        for i in range(len(b)):
            v = self.next(8)
            b[i] = v - 256 if v > 127 else v


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> r = _JSecureRandom()
# java: var r = new java.security.SecureRandom();
# >>> 0 <= r.next_int(10) < 10
# java: r.nextInt(10) >= 0 && r.nextInt(10) < 10
# >>> b = array("b", [0] * 16); r.next_bytes(b)
# java: byte[] b = new byte[16]; r.nextBytes(b);
# >>> len(b)
# java: b.length
# >>> r.set_seed(42)
# java: r.setSeed(42);
# >>> r.next_long() >= -9223372036854775808
# java: r.nextLong() >= Long.MIN_VALUE
