class _SetOf(set):
    # Set.of / Set.copyOf: unmodifiable; null elements and queries throw NullPointerException,
    # an element given twice to Set.of IllegalArgumentException

    def __init__(self, items, unique=True):
        super().__init__(items)
        n = 0
        for x in items:
            if x is None:
                raise AttributeError()
            n += 1
        if unique and len(self) != n:
            seen = []
            for x in items:
                if x in seen:
                    raise ValueError("duplicate element: " + _jstr(x))
                seen.append(x)

    def _deny(self, *args):
        raise _jmpy.UnsupportedOperationException()

    add = discard = remove = pop = clear = update = _deny

    def __contains__(self, x):
        if x is None:
            raise AttributeError()
        return len(self.intersection((x,))) > 0


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> s = _SetOf([3, 1, 2])
# java: var s = Set.of(3, 1, 2);
# >>> [len(s), 2 in s, 5 in s, s == {1, 2, 3}]
# java: List.of(s.size(), s.contains(2), s.contains(5), s.equals(Set.of(1, 2, 3)))
# >>> _kind(lambda: None in s)
# java: kind(() -> s.contains(null))
# >>> s.add(4)
# java: s.add(4)
# >>> s.discard(3)
# java: s.remove(3)
# >>> _SetOf(["a", "b", "a"])
# java: Set.of("a", "b", "a")
# >>> len(_SetOf(["a", "b", "a"], False))
# java: Set.copyOf(List.of("a", "b", "a")).size()
# >>> _kind(lambda: _SetOf([None], False))
# java: kind(() -> Set.copyOf(Arrays.asList((Object) null)))
