def _jadd(s, x):
    if x in s:
        return False
    s.add(x)
    return True


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> s = set()
# java: var s = new HashSet<Integer>();
# >>> _jadd(s, 1)
# java: s.add(1)
# >>> _jadd(s, 1)
# java: s.add(1)
# >>> len(s)
# java: s.size()
