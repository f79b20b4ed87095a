def _jrepeat(s, count):
    # Java's String.repeat: a negative count is an error, not ""
    if count < 0:
        raise ValueError("count is negative: " + str(count))
    return s * count


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jrepeat("ab", 3)
# java: "ab".repeat(3)
# >>> len(_jrepeat("ab", 0))
# java: "ab".repeat(0).length()
# >>> _jrepeat("ab", -1)
# java: "ab".repeat(-1)
