def _jremove(s, x):
    if x in s:
        s.discard(x)
        return True
    return False


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> s = {1, 2}
# java: var s = new HashSet<Integer>(Set.of(1, 2));
# >>> _jremove(s, 1)
# java: s.remove(1)
# >>> _jremove(s, 1)
# java: s.remove(1)
# >>> len(s)
# java: s.size()
