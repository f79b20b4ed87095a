def _jhashcode(v):
    # Java's hashCode of null, Boolean, Integer, String, a List of those, or your class's hashCode()
    if v is None:
        return 0
    if v is True:
        return 1231
    if v is False:
        return 1237
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        return _jhash(v)
    if isinstance(v, list) or isinstance(v, tuple):
        h = 1
        for x in v:
            h = 31 * h + _jhashcode(x) & 0xFFFFFFFF
        return h - 0x100000000 if h > 0x7FFFFFFF else h
    return v.__hash__()


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jhashcode([1, 2, 3])
# java: List.of(1, 2, 3).hashCode()
# >>> _jhashcode(["hello", None, True, False, -7])
# java: Arrays.asList("hello", null, true, false, -7).hashCode()
# >>> _jhashcode([[1, 2], [], ["x"]])
# java: List.of(List.of(1, 2), List.of(), List.of("x")).hashCode()
# >>> _jhashcode([2147483647, -2147483648, 65535])
# java: Arrays.asList(2147483647, -2147483648, (int) '\uffff').hashCode()
# >>> _jhashcode([])
# java: List.of().hashCode()
# >>> _jhashcode(("id", 42))
# java: Objects.hash("id", 42)
# >>> _jhashcode(None)
# java: Objects.hashCode(null)
# >>> _jhashcode(["a" * 40] * 30)
# java: Collections.nCopies(30, "a".repeat(40)).hashCode()
