def _jnstr(v):
    return "null" if v is None else str(v)


WORDS = ["alpha", "bravo", "charlie", "delta"]


def main():
    seed = 12345
    drift = -5
    for i in range(100):
        seed = (seed * 1101 + 12345) % 65536
        drift = _q % 1000 if (_q := drift * 3 - 1) >= 0 else -(-_q % 1000)
        print("%s%d %d" % (_jnstr(WORDS[seed // 7 % len(WORDS)]), seed % 7, drift // 16 if drift >= 0 else -(-drift // 16)))
