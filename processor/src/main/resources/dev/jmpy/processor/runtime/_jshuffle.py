def _jshuffle(a, rnd=None):
    # Collections.shuffle(list, rnd): Java's algorithm, so a seeded Random gives Java's order; from
    # the last position down, each swapped with one drawn below it. Without rnd, a new Random,
    # seeded from the board's random as Java's is unpredictable
    if rnd is None:
        rnd = _JRandom()
    for i in range(len(a), 1, -1):
        j = rnd.next_int(i)
        a[i - 1], a[j] = a[j], a[i - 1]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> (_a := [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], _jshuffle(_a, _JRandom(42)), _a)[2]
# java: ((java.util.function.Supplier<List<Integer>>) () -> { List<Integer> a = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)); Collections.shuffle(a, new Random(42)); return a; }).get()
# >>> (_a := ["x"], _jshuffle(_a, _JRandom(1)), _a)[2]
# java: ((java.util.function.Supplier<List<String>>) () -> { List<String> a = new ArrayList<>(List.of("x")); Collections.shuffle(a, new Random(1)); return a; }).get()
