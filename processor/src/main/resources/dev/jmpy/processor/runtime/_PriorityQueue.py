class _PriorityQueue(list):
    # java.util.PriorityQueue: Java's binary heap in this list, with the same sift steps, so
    # iteration and text show Java's array order; append offers, pop(i) is removeAt(i), and
    # iterator() is Java's Iterator over the array

    def __init__(self, cmp, items=()):
        super().__init__()
        self._cmp = cmp
        for x in items:
            if x is None:
                raise AttributeError()
            super().append(x)
        n = len(self)
        for i in range((n >> 1) - 1, -1, -1):
            self._down(i, self[i], n)

    def append(self, x):
        if x is None:
            raise AttributeError()
        super().append(x)
        self._up(len(self) - 1, x)

    def extend(self, items):
        for x in items:
            self.append(x)

    def pop(self, i=0):
        result = self[i]
        self._remove_at(i)
        return result

    def _remove_at(self, i):
        # Java's removeAt(i): the last element, if sifting moved it up to before i, else None
        last = super().pop()
        n = len(self)
        if i == n:
            return None
        self._down(i, last, n)
        if self[i] is last:
            self._up(i, last)
            if self[i] is not last:
                return last
        return None

    def iterator(self):
        return _PriorityQueueIterator(self)

    def remove(self, x):
        for i in range(len(self)):
            if self[i] == x:
                self.pop(i)
                return
        raise ValueError()

    def _up(self, k, x):
        cmp = self._cmp
        while k > 0:
            parent = (k - 1) >> 1
            e = self[parent]
            if cmp(x, e) >= 0:
                break
            self[k] = e
            k = parent
        self[k] = x

    def _down(self, k, x, n):
        cmp = self._cmp
        half = n >> 1
        while k < half:
            child = 2 * k + 1
            c = self[child]
            right = child + 1
            if right < n and cmp(c, self[right]) > 0:
                child = right
                c = self[child]
            if cmp(x, c) <= 0:
                break
            self[k] = c
            k = child
        self[k] = x


class _PriorityQueueIterator:
    # PriorityQueue.iterator() as Java's: the heap array in order; remove() takes out the last
    # element returned, and one that the removal moved to before the cursor comes at the end
    # (Java's forgetMeNot)

    def __init__(self, q):
        self.q = q
        self.cursor = 0
        self.last = -1
        self.moved = []
        self.last_moved = None

    def has_next(self):
        return self.cursor < len(self.q) or len(self.moved) > 0

    def next(self):
        if self.cursor < len(self.q):
            self.last = self.cursor
            self.cursor += 1
            return self.q[self.last]
        self.last = -1
        if self.moved:
            self.last_moved = self.moved.pop(0)
            return self.last_moved
        raise KeyError()

    def remove(self):
        q = self.q
        if self.last != -1:
            moved = q._remove_at(self.last)
            self.last = -1
            if moved is None:
                self.cursor -= 1
            else:
                self.moved.append(moved)
        elif self.last_moved is not None:
            for i in range(len(q)):
                if q[i] is self.last_moved:
                    q._remove_at(i)
                    break
            self.last_moved = None
        else:
            raise _jmpy.IllegalStateException()


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> q = _PriorityQueue(lambda a, b: (a > b) - (a < b))
# java: var q = new PriorityQueue<Integer>();
# >>> q.extend([5, 1, 8, 3, 2, 9, 4])
# java: q.addAll(List.of(5, 1, 8, 3, 2, 9, 4));
# >>> q
# java: q
# >>> [q.pop(0), q.pop(0)]
# java: List.of(q.poll(), q.poll())
# >>> q
# java: q
# >>> q.remove(8)
# java: q.remove((Object) 8);
# >>> [q, 4 in q, len(q)]
# java: List.of(q, q.contains(4), q.size())
# >>> r = _PriorityQueue(lambda a, b: b - a)
# java: var r = new PriorityQueue<Integer>((a, b) -> b - a);
# >>> r.extend([3, 9, 1, 7, 5, 8])
# java: r.addAll(List.of(3, 9, 1, 7, 5, 8));
# >>> r
# java: r
# >>> _PriorityQueue(lambda a, b: (a > b) - (a < b), [3, 9, 1, 7, 5, 8, 2])
# java: new PriorityQueue<>(List.of(3, 9, 1, 7, 5, 8, 2))
# >>> _kind(lambda: q.append(None))
# java: kind(() -> q.offer(null))
# >>> h = _PriorityQueue(lambda a, b: (a > b) - (a < b), [1, 10, 2, 11, 12, 3, 4])
# java: var h = new PriorityQueue<>(List.of(1, 10, 2, 11, 12, 3, 4));
# >>> it = h.iterator()
# java: var it = h.iterator();
# >>> [it.next(), it.next(), it.next(), it.next()]
# java: List.of(it.next(), it.next(), it.next(), it.next())
# >>> it.remove()
# java: it.remove();
# >>> h
# java: h
# >>> [it.next(), it.next(), it.has_next(), it.next(), it.has_next()]
# java: List.of(it.next(), it.next(), it.hasNext(), it.next(), it.hasNext())
# >>> it.remove()
# java: it.remove();
# >>> [h, it.has_next()]
# java: List.of(h, it.hasNext())
# >>> it.remove()
# java: run(it::remove)
# >>> it.next()
# java: it.next()
