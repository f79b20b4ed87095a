def _jgroup(items, key, count, down=None, m=None):
    # Collectors.groupingBy(key): a list of the elements of each key, in order; with counting(),
    # their number; with another downstream collector, its result over each list; into m (an
    # OrderedDict, a sorted map) when the call names the map
    if m is None:
        m = {}
    for x in items:
        k = key(x)
        if count:
            m[k] = m.get(k, 0) + 1
        else:
            g = m.get(k)
            if g is None:
                m[k] = g = []
            g.append(x)
    if down is not None:
        for k in m:
            m[k] = down(m.get(k))
    return m


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jgroup(["ab", "c", "de", "f"], len, False)[2]
# java: Stream.of("ab", "c", "de", "f").collect(Collectors.groupingBy(String::length)).get(2)
# >>> _jgroup(["ab", "c", "de", "f"], len, True)[1]
# java: Stream.of("ab", "c", "de", "f").collect(Collectors.groupingBy(String::length, Collectors.counting())).get(1)
# >>> _jgroup(["ab", "c", "de", "f"], len, False, set)[1] == {"c", "f"}
# java: Stream.of("ab", "c", "de", "f").collect(Collectors.groupingBy(String::length, Collectors.toSet())).get(1).equals(Set.of("c", "f"))
# >>> _jgroup(["ab", "c", "de"], len, False, lambda xs: "/".join(xs))[2]
# java: Stream.of("ab", "c", "de").collect(Collectors.groupingBy(String::length, Collectors.joining("/"))).get(2)
