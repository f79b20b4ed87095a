import _jmpy


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


def _jnstr(v):
    return "null" if v is None else str(v)


def find(xs, prefix):
    for x in xs:
        if x.startswith(prefix):
            return x
    return None


def main():
    xs = _ListOf(["apple", "banana"])
    b = find(xs, "b")
    z = find(xs, "z")
    print("%s %s %s %s %s %s" % ("true" if b is not None else "false", "true" if z is not None else "false", "true" if z is None else "false", _jnstr(b), _jnstr(_v if (_v := z) is not None else "none"), _jnstr(_v2 if (_v2 := b) is not None else "none")))
