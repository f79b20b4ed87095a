def _jdeepstr(a, leaf=str):
    if a is None:
        return "null"
    parts = []
    for x in a:
        if isinstance(x, list) or isinstance(x, tuple):
            parts.append(_jdeepstr(x, leaf))
        elif isinstance(x, bytearray):
            parts.append("[" + ", ".join(["true" if y else "false" for y in x]) + "]")
        elif type(x).__name__ == "array":
            parts.append("[" + ", ".join(map(leaf, x)) + "]")
        else:
            parts.append(_jstr(x))
    return "[" + ", ".join(parts) + "]"


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jdeepstr([array("i", [1, -2]), None, array("i")])
# java: Arrays.deepToString(new int[][] {{1, -2}, null, {}})
# >>> _jdeepstr([[array("b", [3])], []])
# java: Arrays.deepToString(new byte[][][] {{{3}}, {}})
# >>> _jdeepstr([array("H", [104, 105])], chr)
# java: Arrays.deepToString(new char[][] {{'h', 'i'}})
# >>> _jdeepstr([bytearray([1, 0])])
# java: Arrays.deepToString(new boolean[][] {{true, false}})
# >>> _jdeepstr([["a", None], None])
# java: Arrays.deepToString(new String[][] {{"a", null}, null})
# >>> _jdeepstr(None)
# java: Arrays.deepToString(null)
