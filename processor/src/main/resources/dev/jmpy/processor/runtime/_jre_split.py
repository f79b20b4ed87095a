def _jre_split(s, p, limit):
    # Java's String.split(p, limit)
    items = _jre(p)
    parts = []
    index = 0
    at = 0
    while at <= len(s):
        m = _jre_find(items, s, at)
        if m is None:
            break
        b, e = m
        at = e if e > b else e + 1
        if limit <= 0 or len(parts) < limit - 1:
            if index == 0 and e == 0:
                continue  # no leading empty string for an empty match at the start
            parts.append(s[index:b])
            index = e
        else:
            parts.append(s[index:])
            index = e
            break
    if index == 0:
        return [s]
    if limit <= 0 or len(parts) < limit:
        parts.append(s[index:])
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    return parts


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jre_split(" a b  c ", "\\s+", 0)
# java: List.of(" a b  c ".split("\\s+"))
# >>> _jre_split("a, b,c,, ", ",\\s*", 0)
# java: List.of("a, b,c,, ".split(",\\s*"))
# >>> _jre_split("a;b,c", "[,;]", 0)
# java: List.of("a;b,c".split("[,;]"))
# >>> _jre_split(",a,,b,,", ",", -1)
# java: List.of(",a,,b,,".split(",", -1))
# >>> _jre_split(",a,,b,,", ",", 2)
# java: List.of(",a,,b,,".split(",", 2))
# >>> _jre_split("a,b,c", ",", 1)
# java: List.of("a,b,c".split(",", 1))
# >>> _jre_split("abc", "", 0)
# java: List.of("abc".split(""))
# >>> len(_jre_split("", "", 0))
# java: "".split("").length
# >>> len(_jre_split("", "x", 0))
# java: "".split("x").length
# >>> _jre_split("a,b", ",*", 0)
# java: List.of("a,b".split(",*"))
# >>> len(_jre_split("aaa", "a", 0))
# java: "aaa".split("a").length
# >>> _jre_split("x1y22z3", "\\d+", 0)
# java: List.of("x1y22z3".split("\\d+"))
# >>> _jre_split("x1y22z3", "\\d+", 5)
# java: List.of("x1y22z3".split("\\d+", 5))
# >>> _jre_split("a1b2", "[^0-9]", 0)
# java: List.of("a1b2".split("[^0-9]"))
# >>> _jre_split("1.2.3", "\\.", 0)
# java: List.of("1.2.3".split("\\."))
