def _jvalueof(cls, name, java_name):
    # Enum.valueOf(name): the constant, or Java's IllegalArgumentException (ValueError) naming
    # the enum; a null name is Java's NullPointerException (AttributeError)
    if name is None:
        raise AttributeError("Name is null")
    constant = cls._by_name.get(name)
    if constant is None:
        raise ValueError("No enum constant " + java_name + "." + name)
    return constant


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jvalueof(type("Day", (), {"_by_name": {"MONDAY": "MONDAY"}}), "MONDAY", "java.time.DayOfWeek")
# java: java.time.DayOfWeek.valueOf("MONDAY")
# >>> _jvalueof(type("Day", (), {"_by_name": {"MONDAY": "MONDAY"}}), "FUNDAY", "java.time.DayOfWeek")
# java: java.time.DayOfWeek.valueOf("FUNDAY")
# >>> _jvalueof(type("Day", (), {"_by_name": {"MONDAY": "MONDAY"}}), "monday", "java.time.DayOfWeek")
# java: java.time.DayOfWeek.valueOf("monday")
# >>> _jvalueof(type("Day", (), {"_by_name": {"MONDAY": "MONDAY"}}), None, "java.time.DayOfWeek")
# java: java.time.DayOfWeek.valueOf(null)
