class _JStringJoiner:
    # java.util.StringJoiner: the pieces added, joined with the separator between the prefix and
    # the suffix; the empty value (prefix + suffix unless set) while nothing was added

    def __init__(self, sep, prefix="", suffix=""):
        self.sep = sep
        self.prefix = prefix
        self.suffix = suffix
        self.parts = []
        self.empty = None

    def add(self, text):
        self.parts.append(text)
        return self

    def set_empty_value(self, text):
        self.empty = text
        return self

    def __str__(self):
        if not self.parts and self.empty is not None:
            return self.empty
        return self.prefix + self.sep.join(self.parts) + self.suffix

    def length(self):
        return len(str(self))


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> j = _JStringJoiner(", ", "[", "]")
# java: java.util.StringJoiner j = new java.util.StringJoiner(", ", "[", "]");
# >>> str(j) + str(j.length())
# java: j.toString() + j.length()
# >>> j.add("a").add("b") and None
# java: j.add("a").add("b");
# >>> str(j)
# java: j.toString()
# >>> e = _JStringJoiner("-").set_empty_value("none")
# java: java.util.StringJoiner e = new java.util.StringJoiner("-").setEmptyValue("none");
# >>> str(e)
# java: e.toString()
# >>> e.add("") and None
# java: e.add("");
# >>> str(e)
# java: e.toString()
