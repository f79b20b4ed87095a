def _jend(lst, i, remove):
    # List.getFirst/getLast/removeFirst/removeLast (i 0 or -1): NoSuchElementException when empty
    if not lst:
        raise KeyError()
    return lst.pop(i) if remove else lst[i]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> q = [1, 2, 3]
# java: var q = new ArrayList<>(List.of(1, 2, 3));
# >>> _jend(q, -1, True)
# java: q.removeLast()
# >>> _jend(q, 0, False)
# java: q.getFirst()
# >>> _jend(q, 0, True)
# java: q.removeFirst()
# >>> _jend(q, -1, False)
# java: q.getLast()
# >>> _jend([], -1, True)
# java: run(() -> new ArrayList<Integer>().removeLast())
