def _jsort(lst, cmp):
    class _Key:
        def __init__(self, entry):
            self.entry = entry

        def __lt__(self, other):
            c = cmp(self.entry[1], other.entry[1])
            return c < 0 or c == 0 and self.entry[0] < other.entry[0]

    entries = list(enumerate(lst))
    entries.sort(key=_Key)
    lst[:] = [entry[1] for entry in entries]
    return lst


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> words = ["b1", "a1", "b0", "a0", "c"]
# java: var words = new ArrayList<>(List.of("b1", "a1", "b0", "a0", "c"));
# >>> _jsort(words, lambda x, y: ord(x[0]) - ord(y[0]))
# java: words.sort((x, y) -> x.charAt(0) - y.charAt(0));
# >>> words
# java: words
# >>> _jsort([3, 1, 2], lambda x, y: y - x)
# java: sorted(List.of(3, 1, 2), (x, y) -> y - x)
# >>> _jsort([], lambda x, y: x - y)
# java: sorted(List.<Integer>of(), (x, y) -> x - y)
