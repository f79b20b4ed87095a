class _ImmutableList(list):
    # an unmodifiable List (Collections.emptyList, nCopies, Stream.toList): every change throws
    # UnsupportedOperationException, as Java's does even when it would change nothing

    def _deny(self, *args):
        raise _jmpy.UnsupportedOperationException()

    append = insert = extend = pop = remove = clear = sort = reverse = _deny
    __setitem__ = __delitem__ = __iadd__ = _deny


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> xs = _ImmutableList([1, 2, 3])
# java: var xs = java.util.stream.Stream.of(1, 2, 3).toList();
# >>> xs
# java: xs
# >>> xs[1] + len(xs)
# java: xs.get(1) + xs.size()
# >>> 2 in xs
# java: xs.contains(2)
# >>> xs == [1, 2, 3]
# java: xs.equals(List.of(1, 2, 3))
# >>> xs.append(4)
# java: xs.add(4)
# >>> xs.__setitem__(0, 9)
# java: xs.set(0, 9)
# >>> xs.extend([])
# java: xs.addAll(List.of())
# >>> xs.sort()
# java: run(() -> xs.sort(null))
# >>> xs.clear()
# java: run(() -> xs.clear())
# >>> _ImmutableList([None])
# java: Collections.nCopies(1, null)
