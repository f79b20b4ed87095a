class _TreeSet(_TreeMap):
    # Java's TreeSet: the keys of a TreeMap, as in Java

    def __init__(self, cmp, items=()):
        _TreeMap.__init__(self, cmp)
        for x in items:
            self.add(x)

    def add(self, x):
        return self.put(x, True) is None

    def discard(self, x):
        return self.pop(x) is not None

    def poll(self, i):
        e = self.poll_entry(i)
        return None if e is None else e[0]

    def __str__(self):
        return _jstr(self._keys)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> s = _TreeSet(lambda a, b: (a > b) - (a < b), [3, 1, 2])
# java: var s = new TreeSet<Integer>(List.of(3, 1, 2));
# >>> s
# java: s
# >>> s.add(2)
# java: s.add(2)
# >>> s.add(0)
# java: s.add(0)
# >>> s.discard(5)
# java: s.remove(5)
# >>> s.discard(1)
# java: s.remove(1)
# >>> 2 in s
# java: s.contains(2)
# >>> s.poll(0)
# java: s.pollFirst()
# >>> s.poll(-1)
# java: s.pollLast()
# >>> s.first_key()
# java: s.first()
# >>> len(s)
# java: s.size()
# >>> s.head(3, False)
# java: s.headSet(3)
# >>> s.poll(0)
# java: s.pollFirst()
# >>> s.poll(0)
# java: s.pollFirst()
