def _jgroup(items, key, count):
    # Collectors.groupingBy(key): a list of the elements of each key, in order; with counting(),
    # their number
    m = {}
    for x in items:
        k = key(x)
        if count:
            m[k] = m.get(k, 0) + 1
        elif k in m:
            m[k].append(x)
        else:
            m[k] = [x]
    return m


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jgroup(["ab", "c", "de", "f"], len, False)[2]
# java: Stream.of("ab", "c", "de", "f").collect(Collectors.groupingBy(String::length)).get(2)
# >>> _jgroup(["ab", "c", "de", "f"], len, True)[1]
# java: Stream.of("ab", "c", "de", "f").collect(Collectors.groupingBy(String::length, Collectors.counting())).get(1)
