def _jpartition(items, test, down=None):
    # Collectors.partitioningBy(test[, downstream]): the elements that fail, then those that pass
    # (Java's map has false first); downstream applied to each list
    no = []
    yes = []
    for x in items:
        if test(x):
            yes.append(x)
        else:
            no.append(x)
    if down is not None:
        return {False: down(no), True: down(yes)}
    return {False: no, True: yes}


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jpartition([1, 2, 3, 4, 5], lambda x: x % 2 == 0)[True]
# java: Stream.of(1, 2, 3, 4, 5).collect(Collectors.partitioningBy(x -> x % 2 == 0)).get(true)
# >>> _jpartition([1, 2, 3, 4, 5], lambda x: x > 3, len)[False]
# java: Stream.of(1, 2, 3, 4, 5).collect(Collectors.partitioningBy(x -> x > 3, Collectors.counting())).get(false)
# >>> _jpartition([], lambda x: True)[True]
# java: Stream.<Integer>of().collect(Collectors.partitioningBy(x -> true)).get(true)
