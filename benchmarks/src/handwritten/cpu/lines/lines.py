# 20,000 formatted report lines: length and last line.

NAMES = ("temp", "humidity", "pressure", "light")


def main():
    parts = []
    for i in range(20_000):
        value = (i * 37) % 1000
        parts.append("row %d: %s = %d (%d%%)\n" % (i, NAMES[i % 4], value, value * 100 // 999))
    text = "".join(parts)
    last = text[text.find("row 19999:"):].strip()
    print("length %d, last: %s" % (len(text), last))
