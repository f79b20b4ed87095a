# Parses 16,000 "sensor,reading,flag" records, skipping comments and malformed lines, and totals
# the readings of the flagged ones.


def make_log():
    parts = []
    for i in range(16_000):
        if i % 97 == 0:
            parts.append("# checkpoint %d\n" % i)
        elif i % 211 == 0:
            parts.append("garbage line\n")
        else:
            parts.append("s%d,%d,%s\n" % (i % 13, (i * 7919) % 4000 - 1000, "ok" if i % 3 == 0 else "skip"))
    return "".join(parts)


def main():
    log = make_log()
    records = flagged = total = bad = 0
    for line in log.split("\n"):
        line = line.strip()
        if not line or line[0] == "#":
            continue
        fields = line.split(",")
        if len(fields) != 3:
            bad += 1
            continue
        records += 1
        reading = int(fields[1])
        if fields[2] == "ok" and fields[0][0] == "s":
            flagged += 1
            total += reading
    print("records %d, flagged %d, total %d, bad %d" % (records, flagged, total, bad))
