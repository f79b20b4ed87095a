def _jreduce(items, f, *identity):
    # Stream.reduce(identity, op) and reduce(op), the latter None (an empty Optional) when empty
    it = iter(items)
    if identity:
        acc = identity[0]
    else:
        acc = next(it, _jreduce)
        if acc is _jreduce:
            return None
    for x in it:
        acc = f(acc, x)
    return acc


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jreduce([1, 2, 3, 4], lambda a, b: a * b, 1)
# java: Stream.of(1, 2, 3, 4).reduce(1, (a, b) -> a * b)
# >>> _jreduce(["a", "b", "c"], lambda a, b: b + a)
# java: Stream.of("a", "b", "c").reduce((a, b) -> b + a).get()
# >>> _jreduce([], lambda a, b: a + b)
# java: Stream.<Integer>of().reduce((a, b) -> a + b).orElse(null)
# >>> _jreduce([], lambda a, b: a + b, 7)
# java: Stream.<Integer>of().reduce(7, (a, b) -> a + b)
