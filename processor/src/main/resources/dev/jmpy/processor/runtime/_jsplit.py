def _jsplit(s, sep):
    parts = s.split(sep)
    if parts[-1] or not s:
        return parts  # nothing to drop ("" splits to [""] in Java too)
    while parts and not parts[-1]:
        parts.pop()
    return parts


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jsplit("a,b,,", ",")
# java: List.of("a,b,,".split(","))
# >>> _jsplit(",a", ",")
# java: List.of(",a".split(","))
# >>> len(_jsplit("", ","))
# java: "".split(",").length
# >>> len(_jsplit(",,", ","))
# java: ",,".split(",").length
# >>> _jsplit("a--b--", "--")
# java: List.of("a--b--".split("--"))
