class _ListOf(_ImmutableList):
    # List.of / List.copyOf: unmodifiable, and null is refused (NullPointerException)

    def __init__(self, items):
        super().__init__(items)
        if self.count(None):
            raise AttributeError()

    def __contains__(self, x):
        if x is None:
            raise AttributeError()
        return self.count(x) > 0

    def index(self, x):
        if x is None:
            raise AttributeError()
        return super().index(x)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> xs = _ListOf(["a", "b"])
# java: var xs = List.of("a", "b");
# >>> xs
# java: xs
# >>> "b" in xs
# java: xs.contains("b")
# >>> xs.index("b")
# java: xs.indexOf("b")
# >>> _kind(lambda: None in xs)
# java: kind(() -> xs.contains(null))
# >>> _kind(lambda: _ListOf(["a", None]))
# java: kind(() -> List.copyOf(Arrays.asList("a", null)))
# >>> xs.append("c")
# java: xs.add("c")
# >>> xs.remove("a")
# java: xs.remove("a")
