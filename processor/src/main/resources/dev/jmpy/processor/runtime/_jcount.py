def _jcount(n):
    # the count of Stream.limit / skip: negative is Java's IllegalArgumentException
    if n < 0:
        raise ValueError(str(n))
    return n


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> [1, 2, 3][:_jcount(2)]
# java: Stream.of(1, 2, 3).limit(2).toList()
# >>> [1, 2, 3][_jcount(-1):]
# java: run(() -> Stream.of(1, 2, 3).skip(-1))
