def _jsbreverse(sb):
    sb[:] = ["".join(reversed("".join(sb)))]
    return sb


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> "".join(_jsbreverse(["ab", "c"]))
# java: new StringBuilder("ab").append("c").reverse()
# >>> "".join(_jsbreverse([]))
# java: new StringBuilder().reverse()
