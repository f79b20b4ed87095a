def _jre_replace(s, p, r, first):
    # Java's replaceAll(p, r) (replaceFirst when first): r's \x is x, $0 the match
    items = _jre(p)
    out = []
    last = 0
    at = 0
    while at <= len(s):
        m = _jre_find(items, s, at)
        if m is None:
            break
        b, e = m
        at = e if e > b else e + 1
        out.append(s[last:b])
        i = 0
        while i < len(r):
            c = r[i]
            i += 1
            if c == "\\":
                if i == len(r):
                    raise ValueError("character to be escaped is missing")
                out.append(r[i])
                i += 1
            elif c == "$":
                if i == len(r):
                    raise ValueError("Illegal group reference: group index is missing")
                if r[i] == "0":
                    out.append(s[b:e])
                    i += 1
                elif "1" <= r[i] <= "9":
                    raise IndexError("No group " + r[i])
                else:
                    raise ValueError("Illegal group reference")
            else:
                out.append(c)
        last = e
        if first:
            break
    out.append(s[last:])
    return "".join(out)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jre_replace("a,b", ",*", "-", False)
# java: "a,b".replaceAll(",*", "-")
# >>> _jre_replace("a,b", ",*", "-", True)
# java: "a,b".replaceFirst(",*", "-")
# >>> _jre_replace("Hello World 42", "[^a-z]", "", False)
# java: "Hello World 42".replaceAll("[^a-z]", "")
# >>> _jre_replace("a  b\t c", "\\s+", " ", False)
# java: "a  b\t c".replaceAll("\\s+", " ")
# >>> _jre_replace("abc", "", "-", False)
# java: "abc".replaceAll("", "-")
# >>> _jre_replace("x1y22", "\\d+", "<$0>", False)
# java: "x1y22".replaceAll("\\d+", "<$0>")
# >>> _jre_replace("a.b", "\\.", "\\$\\\\", False)
# java: "a.b".replaceAll("\\.", "\\$\\\\")
# >>> _jre_replace("abc", "z", "$1", False)
# java: "abc".replaceAll("z", "$1")
# >>> _jre_replace("abc", "b", "$1", False)
# java: "abc".replaceAll("b", "$1")
# >>> _jre_replace("abc", "b", "x$", False)
# java: "abc".replaceAll("b", "x$")
# >>> _jre_replace("abc", "b", "x\\", False)
# java: "abc".replaceAll("b", "x\\")
# >>> _jre_replace("", "x*", "-", False)
# java: "".replaceAll("x*", "-")
