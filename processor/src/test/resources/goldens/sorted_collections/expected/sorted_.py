import _jmpy


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jstr(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, dict):
        parts = []
        for k in v:
            parts.append(_jstr(k) + "=" + _jstr(v[k]))
        return "{" + ", ".join(parts) + "}"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        parts = []
        for x in v:
            parts.append(_jstr(x))
        return "[" + ", ".join(parts) + "]"
    return str(v)


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


def _jnstr(v):
    return "null" if v is None else str(v)


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


def _jadd(s, x):
    if x in s:
        return False
    s.add(x)
    return True


def _jlstr(v):
    # Java's text of a collection of Strings, boxed numbers or objects of yours (never a bool or a
    # collection, which the general text helper prints): "null", or [a, b], "null" for a null element
    if v is None:
        return "null"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        return "[" + ", ".join(["null" if x is None else str(x) for x in v]) + "]"
    return str(v)


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


def main():
    counts = _TreeMap((lambda a, b: (a > b) - (a < b)))
    before = counts.put("b", 1)
    counts["a"] = 2
    print(_jstr(counts) + " " + _jnstr(before) + " " + _jnstr(counts.first_key()) + " " + _jnstr(counts.floor_key("az")))
    for k in counts.head("b", True).keys():
        print(_jnstr(k))
    desc = _TreeSet((lambda a, b: (b > a) - (b < a)))
    desc.add(1)
    desc.add(3)
    seen = _LinkedSet()
    if _jadd(seen, "x") and not _jadd(seen, "x"):
        print(_jlstr(desc) + " " + _jlstr(seen))
    versions = list([Version(1, 2), Version(1, 0)])
    _jsort(versions, (lambda a, b: a.compare_to(b)))
    it = _JIterator(versions)
    while it.has_next():
        if it.next().minor() == 0:
            it.remove()
    names = _TreeMap((lambda a, b: a.compare_to(b)))
    names[Version(2, 0)] = "two"
    print(_jlstr(versions) + " " + _jstr(names))


class Version:
    def __init__(self, major, minor):
        self._major = major
        self._minor = minor

    def compare_to(self, o):
        return _w32(self._major - o._major) if self._major != o._major else _w32(self._minor - o._minor)

    def major(self):
        return self._major

    def minor(self):
        return self._minor

    def __str__(self):
        return "Version[" + "major=" + str(self._major) + ", minor=" + str(self._minor) + "]"

    def __eq__(self, other):
        return isinstance(other, Version) and self._major == other._major and self._minor == other._minor

    def __hash__(self):
        return hash(tuple([self._major, self._minor]))
