def _jncopies(n, x):
    # Collections.nCopies: n references to x, unmodifiable; a negative n is an error
    if n < 0:
        raise ValueError("List length = " + str(n))
    return _ImmutableList([x] * n)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jncopies(3, "ab")
# java: Collections.nCopies(3, "ab")
# >>> _jncopies(0, 1)
# java: Collections.nCopies(0, 1)
# >>> _jncopies(-1, 1)
# java: Collections.nCopies(-1, 1)
# >>> _jncopies(2, None).append(1)
# java: Collections.nCopies(2, null).add(null)
