def _javg(items):
    # IntStream/LongStream.average(): the sum as a double over the count (None: empty)
    n = 0
    s = 0
    for x in items:
        n += 1
        s += x
    return float(s) / n if n else None


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _javg([1, 2, 4]) == 7 / 3
# java: IntStream.of(1, 2, 4).average().getAsDouble() == 7 / 3.0
# >>> _javg([])
# java: IntStream.of().average().isPresent() ? "present" : null
