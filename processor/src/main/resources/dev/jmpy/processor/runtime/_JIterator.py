class _JIterator:
    # Java's Iterator: over a list in place, or over a copy with remove(x) to delete from
    # the set or map it came from

    def __init__(self, items, remove=None):
        self._items = items
        self._remove = remove
        self._next = 0
        self._last = -1

    def has_next(self):
        return self._next < len(self._items)

    def next(self):
        if self._next >= len(self._items):
            raise KeyError()
        self._last = self._next
        self._next += 1
        return self._items[self._last]

    def remove(self):
        if self._last < 0:
            raise _jmpy.IllegalStateException()
        if self._remove is None:
            self._items.pop(self._last)
            self._next = self._last
        else:
            self._remove(self._items[self._last])
        self._last = -1


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> lst = [1, 2, 3]
# java: var lst = new ArrayList<Integer>(List.of(1, 2, 3));
# >>> it = _JIterator(lst)
# java: var it = lst.iterator();
# >>> it.next()
# java: it.next()
# >>> it.remove()
# java: it.remove();
# >>> it.has_next()
# java: it.hasNext()
# >>> it.next()
# java: it.next()
# >>> lst
# java: lst
# >>> it.remove()
# java: it.remove();
# >>> it.remove()
# java: run(it::remove)
# >>> it.next()
# java: it.next()
# >>> it.next()
# java: it.next()
# >>> lst
# java: lst
# >>> s = {5}
# java: var s = new HashSet<Integer>(Set.of(5));
# >>> it2 = _JIterator(list(s), lambda x: s.discard(x))
# java: var it2 = s.iterator();
# >>> it2.next()
# java: it2.next()
# >>> it2.remove()
# java: it2.remove();
# >>> len(s)
# java: s.size()
