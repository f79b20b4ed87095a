def _jclamp(v, lo, hi):
    # Math.clamp of integers: v within [lo, hi]; Java throws IllegalArgumentException (ValueError)
    # when lo > hi.
    if lo > hi:
        raise ValueError(str(lo) + " > " + str(hi))
    return lo if v < lo else hi if v > hi else v


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jclamp(5, 0, 3)
# java: Math.clamp(5, 0, 3)
# >>> _jclamp(-5, 0, 3)
# java: Math.clamp(-5, 0, 3)
# >>> _jclamp(2, 0, 3)
# java: Math.clamp(2L, 0, 3)
# >>> _jclamp(1, 4, 3)
# java: Math.clamp(1, 4, 3)
# >>> _jclamp(9999999999, -5, 7)
# java: Math.clamp(9999999999L, -5, 7)
