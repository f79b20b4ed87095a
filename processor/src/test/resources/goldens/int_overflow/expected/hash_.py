def _jhash(s):
    h = 0
    for c in s:
        h = 31 * h + ord(c) & 0xFFFFFFFF
    return h - 0x100000000 if h > 0x7FFFFFFF else h


def main():
    print("%d %d %d %s" % (_jhash("hello world, this is java"), _jhash(""), _jhash("a"), "true" if "x" == "x" else "false"))
