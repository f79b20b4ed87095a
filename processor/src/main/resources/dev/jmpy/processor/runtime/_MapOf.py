class _MapOf(dict):
    # Map.of / ofEntries / copyOf: unmodifiable; null keys, values and queries throw
    # NullPointerException, a key given twice IllegalArgumentException

    def __init__(self, entries):
        super().__init__(entries)
        n = 0
        for k, v in entries:
            if k is None or v is None:
                raise AttributeError()
            n += 1
        if len(self) != n:
            seen = []
            for k, v in entries:
                if k in seen:
                    raise ValueError("duplicate key: " + _jstr(k))
                seen.append(k)

    def _deny(self, *args):
        raise _jmpy.UnsupportedOperationException()

    __setitem__ = __delitem__ = pop = popitem = clear = update = setdefault = _deny
    _jfrozen = True

    def get(self, k, default=None):
        if k is None:
            raise AttributeError()
        return super().get(k, default)

    def __contains__(self, k):
        if k is None:
            raise AttributeError()
        return self.get(k, _MapOf) is not _MapOf


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> m = _MapOf([("a", 1), ("b", 2)])
# java: var m = Map.of("a", 1, "b", 2);
# >>> [m.get("a"), m.get("z"), m.get("z", 0), "b" in m, "z" in m, len(m)]
# java: Arrays.asList(m.get("a"), m.get("z"), m.getOrDefault("z", 0), m.containsKey("b"), m.containsKey("z"), m.size())
# >>> _kind(lambda: m.get(None))
# java: kind(() -> m.get(null))
# >>> _kind(lambda: None in m)
# java: kind(() -> m.containsKey(null))
# >>> m.__setitem__("c", 3)
# java: m.put("c", 3)
# >>> m.pop("a", None)
# java: m.remove("a")
# >>> _MapOf([("k", 1), ("k", 2)])
# java: Map.ofEntries(Map.entry("k", 1), Map.entry("k", 2))
# >>> _kind(lambda: _MapOf([("k", None)]))
# java: kind(() -> Map.of("k", null))
# >>> _MapOf({"x": 9}.items()) == {"x": 9}
# java: Map.copyOf(new HashMap<>(Map.of("x", 9))).equals(Map.of("x", 9))
