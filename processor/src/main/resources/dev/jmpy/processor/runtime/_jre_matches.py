def _jre_matches(s, p):
    # Java's String.matches(p): the whole string matches
    return _jre_at(_jre(p), 0, s, 0, True) >= 0


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jre_matches("0101", "[01]+")
# java: "0101".matches("[01]+")
# >>> _jre_matches("012", "[01]+")
# java: "012".matches("[01]+")
# >>> _jre_matches("", "\\d*")
# java: "".matches("\\d*")
# >>> _jre_matches("", "\\d+")
# java: "".matches("\\d+")
# >>> _jre_matches("-12", "-?\\d+")
# java: "-12".matches("-?\\d+")
# >>> _jre_matches("Ab_9", "\\w{4}")
# java: "Ab_9".matches("\\w{4}")
