def _jre(p, cache={}):
    # Java's regex p (the simple forms jmpy accepts) as [(ranges, negated, min, max)]
    items = cache.get(p)
    if items is not None:
        return items
    items = []
    i = 0
    while i < len(p):
        c = p[i]
        i += 1
        if c == "\\":
            ranges, neg = _jre_escape(p[i])
            i += 1
        elif c == "[":
            neg = p[i] == "^"
            if neg:
                i += 1
            ranges = []
            while p[i] != "]":
                c = p[i]
                i += 1
                if c == "\\":
                    r, n = _jre_escape(p[i])
                    i += 1
                    ranges.extend(_jre_not(r) if n else r)
                elif p[i] == "-" and p[i + 1] != "]":
                    ranges.append((ord(c), ord(p[i + 1])))
                    i += 2
                else:
                    ranges.append((ord(c), ord(c)))
            i += 1
        elif c == ".":
            ranges, neg = [(10, 10), (13, 13), (0x85, 0x85), (0x2028, 0x2029)], True
        else:
            ranges, neg = [(ord(c), ord(c))], False
        lo, hi = 1, 1
        if i < len(p) and p[i] in "*+?{":
            q = p[i]
            i += 1
            if q == "*":
                lo, hi = 0, -1
            elif q == "+":
                hi = -1
            elif q == "?":
                lo = 0
            else:
                end = p.index("}", i)
                bounds = p[i:end].split(",")
                lo = int(bounds[0])
                hi = lo if len(bounds) == 1 else (int(bounds[1]) if bounds[1] else -1)
                i = end + 1
        items.append((ranges, neg, lo, hi))
    cache[p] = items
    return items


def _jre_escape(c):
    # the ranges of \d \s \w (negated for \D \S \W), or of the escaped character itself
    k = c.lower()
    if k == "d":
        ranges = [(48, 57)]
    elif k == "s":
        ranges = [(9, 13), (32, 32)]
    elif k == "w":
        ranges = [(48, 57), (65, 90), (95, 95), (97, 122)]
    else:
        o = ord({"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(c, c))
        return [(o, o)], False
    return ranges, c != k


def _jre_not(ranges):
    out = []
    start = 0
    for a, b in ranges:
        if a > start:
            out.append((start, a - 1))
        start = b + 1
    out.append((start, 0x10FFFF))
    return out


def _jre_at(items, k, s, i, whole):
    # where a match of items[k:] starting at i ends (greedy, backtracking), or -1
    if k == len(items):
        return i if not whole or i == len(s) else -1
    ranges, neg, lo, hi = items[k]
    j = i
    while j < len(s) and (hi < 0 or j - i < hi):
        o = ord(s[j])
        hit = False
        for a, b in ranges:
            if a <= o <= b:
                hit = True
                break
        if hit == neg:
            break
        j += 1
    while j - i >= lo:
        end = _jre_at(items, k + 1, s, j, whole)
        if end >= 0:
            return end
        j -= 1
    return -1


def _jre_find(items, s, start):
    # Java's Matcher.find from start: (begin, end) of the leftmost match, or None
    for i in range(start, len(s) + 1):
        end = _jre_at(items, 0, s, i, False)
        if end >= 0:
            return i, end
    return None


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> m = None
# java: java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher("ab12c3");
# >>> _jre_find(_jre("\\d+"), "ab12c3", 0)
# java: m.find() ? Map.entry(m.start(), m.end()) : null
# >>> _jre_find(_jre("\\d+"), "ab12c3", 4)
# java: m.find() ? Map.entry(m.start(), m.end()) : null
# >>> _jre_find(_jre("\\d+"), "ab12c3", 6)
# java: m.find() ? Map.entry(m.start(), m.end()) : null
# >>> m = None
# java: java.util.regex.Matcher m2 = java.util.regex.Pattern.compile("x*").matcher("ab");
# >>> _jre_find(_jre("x*"), "ab", 1)
# java: m2.find(1) ? Map.entry(m2.start(), m2.end()) : null
# >>> _jre_at(_jre("a?b{1,2}c*"), 0, "abbcc", 0, True) >= 0
# java: "abbcc".matches("a?b{1,2}c*")
# >>> _jre_at(_jre("a*ab"), 0, "aaab", 0, True) >= 0
# java: "aaab".matches("a*ab")
# >>> _jre_at(_jre("[^a-c\\d]+"), 0, "xyz!", 0, True) >= 0
# java: "xyz!".matches("[^a-c\\d]+")
# >>> _jre_at(_jre("[^a-c\\d]+"), 0, "xy1", 0, True) >= 0
# java: "xy1".matches("[^a-c\\d]+")
# >>> _jre_at(_jre("[\\W_]{2}"), 0, "_-", 0, True) >= 0
# java: "_-".matches("[\\W_]{2}")
# >>> _jre_at(_jre("\\S\\s\\w\\W\\D"), 0, "a\tb c", 0, True) >= 0
# java: "a\tb c".matches("\\S\\s\\w\\W\\D")
# >>> _jre_at(_jre(".."), 0, "a\n", 0, True) >= 0
# java: "a\n".matches("..")
# >>> _jre_at(_jre("\\.\\|[-+]?\\t"), 0, ".|+\t", 0, True) >= 0
# java: ".|+\t".matches("\\.\\|[-+]?\\t")
# >>> _jre_at(_jre("\\s"), 0, "\x0b", 0, True) >= 0
# java: "\u000b".matches("\\s")
# >>> _jre_at(_jre("a{2,}"), 0, "a", 0, True) >= 0
# java: "a".matches("a{2,}")
# >>> _jre_at(_jre("[a-]x"), 0, "-x", 0, True) >= 0
# java: "-x".matches("[a-]x")
# >>> _jre_at(_jre("é+"), 0, "éé", 0, True) >= 0
# java: "éé".matches("é+")
