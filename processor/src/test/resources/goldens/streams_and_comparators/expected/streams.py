import _jmpy
import collections
from array import array


def _jnstr(v):
    return "null" if v is None else str(v)


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


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


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


def _jcomparing(key):
    def cmp(a, b):
        ka = key(a)
        kb = key(b)
        return (ka > kb) - (ka < kb)

    return cmp


def _jstrcmp(a, b):
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return ord(a[i]) - ord(b[i])
    return len(a) - len(b)


def main():
    nums = _ListOf([5, 3, 8, 1, 9, 2])
    evens_doubled = [_w32(n * 2) for n in [n for n in nums if n % 2 == 0]]
    print("%s %d %d" % (_jlstr(evens_doubled), _w32(sum([n for n in nums])), len([n for n in nums if n > 4])))
    print("%s %d" % (_jlstr(_ImmutableList([_w32(i * i) for i in range(0, 5)])), _w32(sum(range(1, 4 + 1)))))
    print("%s %s %s" % ("true" if any([n > 8 for n in nums]) else "false", "true" if all([n > 0 for n in nums]) else "false", "true" if not any([n == 4 for n in nums]) else "false"))
    words = list(["pear", "fig", "apple", "kiwi"])
    _jsort(words, (lambda a, b, c=_jcomparing((lambda _o: len(_o))), d=lambda a, b: (a > b) - (a < b): c(a, b) or d(a, b)))
    print("%s %s" % (_jlstr(words), _jnstr("-".join([(lambda _o: _o.upper())(_e) for _e in words]))))
    _jsort(words, (lambda a, b, c=_jcomparing((lambda _o: len(_o))): c(b, a)))
    print(_jlstr(words))
    words[:] = [w for w in words if not len(w) < 4]
    for w in words:
        print("word %s" % _jnstr(w))
    ages = collections.OrderedDict()
    ages["ann"] = 30
    ages["bob"] = 25
    for k, v in ages.items():
        print("%s is %s" % (_jnstr(k), _jnstr(v)))
    people = list([Person("z", 3), Person("a", 3), Person("m", 1)])
    _jsort(people, (lambda a, b, c=_jcomparing((lambda _o: _o.age())), d=_jcomparing((lambda _o: _o.name())): c(a, b) or d(a, b)))
    print(_jlstr(people))
    _jsort(people, (lambda p, q: _jstrcmp(q.name(), p.name())))
    print("%s %d" % (_jlstr(_ImmutableList([(lambda _o: _o.name())(_e2) for _e2 in people])), _w32(sum(array("i", [4, 5])))))


class Person:
    def __init__(self, name, age):
        self._name = name
        self._age = age

    def name(self):
        return self._name

    def age(self):
        return self._age

    def __str__(self):
        return "Person[" + "name=" + _jnstr(self._name) + ", age=" + str(self._age) + "]"

    def __eq__(self, other):
        return isinstance(other, Person) and self._name == other._name and self._age == other._age

    def __hash__(self):
        return hash(tuple([self._name, self._age]))
