def _jenumrange(cls, first, last):
    # EnumSet.range(first, last): the constants from first to last in ordinal order; Java's
    # IllegalArgumentException (ValueError) when first comes after last
    if first._ordinal > last._ordinal:
        raise ValueError(str(first) + " > " + str(last))
    return cls._values[first._ordinal : last._ordinal + 1]


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> [str(d) for d in _jenumrange(type("Day", (), {"_values": ["MONDAY", "TUESDAY", "WEDNESDAY"]}), type("D", (), {"_ordinal": 0, "__str__": lambda s: "MONDAY"})(), type("D", (), {"_ordinal": 1, "__str__": lambda s: "TUESDAY"})())]
# java: List.copyOf(EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY))
# >>> _jenumrange(type("Day", (), {"_values": []}), type("D", (), {"_ordinal": 2, "__str__": lambda s: "WEDNESDAY"})(), type("D", (), {"_ordinal": 0, "__str__": lambda s: "MONDAY"})())
# java: EnumSet.range(java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.MONDAY)
