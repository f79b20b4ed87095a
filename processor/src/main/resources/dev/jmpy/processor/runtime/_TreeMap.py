class _TreeMap:
    # Java's TreeMap: keys in a list sorted by cmp (MicroPython has no sorted container),
    # found by bisection; values in a parallel list

    def __init__(self, cmp, entries=()):
        self._cmp = cmp
        self._keys = []
        self._values = []
        for k, v in entries:
            self.put(k, v)

    def _find(self, k, past_equal):
        # the index of the first key above k (past_equal) or not below it
        lo = 0
        hi = len(self._keys)
        while lo < hi:
            mid = (lo + hi) // 2
            c = self._cmp(self._keys[mid], k)
            if c < 0 or past_equal and c == 0:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _index(self, k):
        i = self._find(k, False)
        if i < len(self._keys) and self._cmp(self._keys[i], k) == 0:
            return i
        return -1

    def put(self, k, v):
        i = self._find(k, False)
        if i < len(self._keys) and self._cmp(self._keys[i], k) == 0:
            old = self._values[i]
            self._values[i] = v
            return old
        self._keys.insert(i, k)
        self._values.insert(i, v)
        return None

    def __setitem__(self, k, v):
        self.put(k, v)

    def get(self, k, default=None):
        i = self._index(k)
        return default if i < 0 else self._values[i]

    def __contains__(self, k):
        return self._index(k) >= 0

    def pop(self, k, default=None):
        i = self._index(k)
        if i < 0:
            return default
        self._keys.pop(i)
        return self._values.pop(i)

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def keys(self):
        return self._keys

    def values(self):
        return self._values

    def items(self):
        return list(zip(self._keys, self._values))

    def clear(self):
        self._keys.clear()
        self._values.clear()

    def _key(self, i):
        return self._keys[i] if 0 <= i and i < len(self._keys) else None

    def first_key(self):
        if not self._keys:
            raise KeyError()
        return self._keys[0]

    def last_key(self):
        if not self._keys:
            raise KeyError()
        return self._keys[-1]

    def floor_key(self, k):
        return self._key(self._find(k, True) - 1)

    def lower_key(self, k):
        return self._key(self._find(k, False) - 1)

    def ceiling_key(self, k):
        return self._key(self._find(k, False))

    def higher_key(self, k):
        return self._key(self._find(k, True))

    def entry(self, i):
        # the entry at i (from the end when negative) as a (key, value) tuple, or None
        if i < 0:
            i += len(self._keys)
        if 0 <= i and i < len(self._keys):
            return (self._keys[i], self._values[i])
        return None

    def poll_entry(self, i):
        e = self.entry(i)
        if e is not None:
            self.pop(e[0])
        return e

    def _copy(self, lo, hi):
        m = type(self)(self._cmp)
        m._keys = self._keys[lo:hi]
        m._values = self._values[lo:hi]
        return m

    def head(self, hi, inclusive):
        return self._copy(0, self._find(hi, inclusive))

    def tail(self, lo, inclusive):
        return self._copy(self._find(lo, not inclusive), len(self._keys))

    def sub(self, lo, hi):
        if self._cmp(lo, hi) > 0:
            raise ValueError("fromKey > toKey")
        return self._copy(self._find(lo, False), self._find(hi, False))

    def __str__(self):
        return "{" + ", ".join([_jstr(k) + "=" + _jstr(v) for k, v in self.items()]) + "}"


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> m = _TreeMap(lambda a, b: (a > b) - (a < b))
# java: var m = new TreeMap<Integer, String>();
# >>> m.put(3, "c")
# java: m.put(3, "c")
# >>> m.put(1, "a")
# java: m.put(1, "a")
# >>> m[2] = "b"
# java: m.put(2, "b");
# >>> m.put(2, "B")
# java: m.put(2, "B")
# >>> m
# java: m
# >>> m.get(2)
# java: m.get(2)
# >>> m.get(9)
# java: m.get(9)
# >>> m.get(9, "none")
# java: m.getOrDefault(9, "none")
# >>> 2 in m
# java: m.containsKey(2)
# >>> m.keys()
# java: m.keySet()
# >>> m.values()
# java: m.values()
# >>> m.items()
# java: m.entrySet()
# >>> m.first_key()
# java: m.firstKey()
# >>> m.last_key()
# java: m.lastKey()
# >>> m.floor_key(2)
# java: m.floorKey(2)
# >>> m.floor_key(0)
# java: m.floorKey(0)
# >>> m.lower_key(2)
# java: m.lowerKey(2)
# >>> m.ceiling_key(4)
# java: m.ceilingKey(4)
# >>> m.ceiling_key(2)
# java: m.ceilingKey(2)
# >>> m.higher_key(1)
# java: m.higherKey(1)
# >>> m.entry(0)
# java: m.firstEntry()
# >>> m.entry(-1)
# java: m.lastEntry()
# >>> m.head(3, False)
# java: m.headMap(3)
# >>> m.head(2, True)
# java: m.headMap(2, true)
# >>> m.tail(2, True)
# java: m.tailMap(2)
# >>> m.tail(2, False)
# java: m.tailMap(2, false)
# >>> m.sub(2, 3)
# java: m.subMap(2, 3)
# >>> m.sub(3, 2)
# java: m.subMap(3, 2)
# >>> m.poll_entry(0)
# java: m.pollFirstEntry()
# >>> m.pop(3)
# java: m.remove(3)
# >>> m.pop(3)
# java: m.remove(3)
# >>> len(m)
# java: m.size()
# >>> m.clear()
# java: m.clear();
# >>> m.first_key()
# java: m.firstKey()
# >>> m.entry(0)
# java: m.firstEntry()
# >>> m.poll_entry(-1)
# java: m.pollLastEntry()
# >>> d = _TreeMap(lambda a, b: (b > a) - (b < a), [("x", 1), ("z", 2), ("y", 3)])
# java: var d = new TreeMap<String, Integer>(Comparator.reverseOrder()); d.putAll(Map.of("x", 1, "z", 2, "y", 3));
# >>> d
# java: d
