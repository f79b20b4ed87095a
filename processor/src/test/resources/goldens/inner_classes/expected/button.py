import _jmpy


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


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


def _jstrcmp(a, b):
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return ord(a[i]) - ord(b[i])
    return len(a) - len(b)


def _jlstr(v):
    # Java's text of a collection of Strings, boxed numbers or objects of yours (never a bool or a
    # collection, which the general text helper prints): "null", or [a, b], "null" for a null element
    if v is None:
        return "null"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        return "[" + ", ".join(["null" if x is None else str(x) for x in v]) + "]"
    return str(v)


class _ImmutableList(list):
    # an unmodifiable List (Collections.emptyList, nCopies, Stream.toList): every change throws
    # UnsupportedOperationException, as Java's does even when it would change nothing

    def _deny(self, *args):
        raise _jmpy.UnsupportedOperationException()

    append = insert = extend = pop = remove = clear = sort = reverse = _deny
    __setitem__ = __delitem__ = __iadd__ = _deny


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


def sorted_(names, descending):
    copy = list(names)
    _jsort(copy, _Comparator1(descending))
    return copy


def main():
    ok = Button("ok")
    first = ok.handler(1)
    second = Handler(ok, 2)
    ok.repeater(3)()
    first.handle()
    second.handle()
    print(_jlstr(sorted_(_ListOf(["b", "c", "a"]), True)))


class Handler:
    def __init__(self, outer, id_):
        self._outer = outer
        self.id_ = 0
        self.id_ = id_

    def handle(self):
        self._outer.clicks = _w32(self._outer.clicks + 1)
        print(_jnstr(self._outer.label) + " handled by " + str(self.id_) + ", " + str(self._outer.clicks) + " clicks")


class Button:
    def __init__(self, label):
        self.label = None
        self.clicks = 0
        self.label = label

    def handler(self, id_):
        return Handler(self, id_)

    def repeater(self, times):
        return _Runnable1(self, times)


class _Runnable1:
    def __init__(self, outer, times):
        self._outer = outer
        self._times = times

    def run(self):
        for i in range(self._times):
            self._outer.clicks = _w32(self._outer.clicks + 1)

    __call__ = run


class _Comparator1:
    def __init__(self, descending):
        self._descending = descending

    def compare(self, a, b):
        return _jstrcmp(b, a) if self._descending else _jstrcmp(a, b)

    __call__ = compare
