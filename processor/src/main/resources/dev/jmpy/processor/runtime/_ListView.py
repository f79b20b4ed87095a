class _ListView(_ImmutableList):
    # Collections.unmodifiableList: reads go to the list it wraps, live; changes throw

    def __init__(self, items):
        self._items = items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return self._items == other

    def index(self, x):
        return self._items.index(x)

    def count(self, x):
        return self._items.count(x)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> base = [3, 1]
# java: var base = new ArrayList<>(List.of(3, 1));
# >>> view = _ListView(base)
# java: var view = Collections.unmodifiableList(base);
# >>> base.append(2)
# java: base.add(2);
# >>> view
# java: view
# >>> [len(view), view[2], 1 in view, view.index(1), view == [3, 1, 2], [3, 1, 2] == view]
# java: List.of(view.size(), view.get(2), view.contains(1), view.indexOf(1), view.equals(List.of(3, 1, 2)), List.of(3, 1, 2).equals(view))
# >>> [sorted(view), list(view), view[0:2]]
# java: List.of(view.stream().sorted().toList(), new ArrayList<>(view), view.subList(0, 2))
# >>> view.append(4)
# java: view.add(4)
# >>> view.sort()
# java: run(() -> view.sort(null))
