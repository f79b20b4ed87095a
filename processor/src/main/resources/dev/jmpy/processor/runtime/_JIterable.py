class _JIterable:
    # a lambda or method reference given as an Iterable: its function is iterator(), and
    # for-each walks what it returns by has_next()/next()

    def __init__(self, iterator):
        self.iterator = iterator

    def __iter__(self):
        it = self.iterator()
        while it.has_next():
            yield it.next()


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# (for-each over one: classes/AnonymousIterators)
# >>> _JIterable(lambda: 5).iterator()
# java: ((java.util.function.Supplier<Integer>) () -> 5).get()
