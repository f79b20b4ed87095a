def _jlistremove(items, x):
    # List.remove(Object): removes the first equal element; whether there was one
    try:
        items.remove(x)
    except ValueError:
        return False
    return True


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> xs = ["a", "b", "a", None]
# java: var xs = new ArrayList<>(Arrays.asList("a", "b", "a", null));
# >>> _jlistremove(xs, "a")
# java: xs.remove("a")
# >>> xs
# java: xs
# >>> _jlistremove(xs, "z")
# java: xs.remove("z")
# >>> _jlistremove(xs, None)
# java: xs.remove(null)
# >>> xs
# java: xs
