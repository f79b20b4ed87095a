def _jiterate(seed, f, n, has=None):
    # Stream.iterate(seed, [has,] f) cut by limit(n) (n None: the 3-argument form to its end): as
    # Java, f is not applied for the element after the limit, has is tested on each element
    if n is not None and n < 0:
        raise ValueError(str(n))
    out = []
    x = seed
    while n is None or len(out) < n:
        if has is not None and not has(x):
            break
        out.append(x)
        if len(out) == n:
            break
        x = f(x)
    return out


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jiterate(1, lambda x: x * 3, 5)
# java: Stream.iterate(1, x -> x * 3).limit(5).toList()
# >>> _jiterate(1, lambda x: x * 3, 0)
# java: Stream.iterate(1, x -> x * 3).limit(0).toList()
# >>> _jiterate(1, lambda x: x + 2, None, lambda x: x < 10)
# java: Stream.iterate(1, x -> x < 10, x -> x + 2).toList()
# >>> _jiterate(1, lambda x: x + 2, 3, lambda x: x < 10)
# java: Stream.iterate(1, x -> x < 10, x -> x + 2).limit(3).toList()
# >>> _jiterate(1, lambda x: x + 2, -1)
# java: run(() -> Stream.iterate(1, x -> x + 2).limit(-1))
