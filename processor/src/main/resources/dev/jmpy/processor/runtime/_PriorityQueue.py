class _PriorityQueue(list):
    # java.util.PriorityQueue: Java's binary heap in this list, with the same sift steps, so
    # iteration and text show Java's array order; append offers, pop(i) is removeAt(i)

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
        last = super().pop()
        n = len(self)
        if i == n:
            return last
        result = self[i]
        self._down(i, last, n)
        if self[i] is last:
            self._up(i, last)
        return result

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
