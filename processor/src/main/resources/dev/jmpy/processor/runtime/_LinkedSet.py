class _LinkedSet:
    # Java's LinkedHashSet: a list in insertion order (MicroPython's set keeps none)

    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def add(self, x):
        if x in self._items:
            return False
        self._items.append(x)
        return True

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
            return True
        return False

    def __contains__(self, x):
        return x in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def clear(self):
        self._items.clear()

    def __str__(self):
        return _jstr(self._items)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> s = _LinkedSet([3, 1, 3, 2])
# java: var s = new LinkedHashSet<Integer>(List.of(3, 1, 3, 2));
# >>> s
# java: s
# >>> s.add(1)
# java: s.add(1)
# >>> s.add(0)
# java: s.add(0)
# >>> s.discard(1)
# java: s.remove(1)
# >>> s.discard(1)
# java: s.remove(1)
# >>> 2 in s
# java: s.contains(2)
# >>> len(s)
# java: s.size()
# >>> s
# java: s
# >>> s.clear()
# java: s.clear();
# >>> s
# java: s
