# Reads five channels through the board's sensor module and keeps a running average, hand-written.
import sensor_hw


def tdiv(a, b):
    # Integer division truncating toward zero, as the original firmware (C) does.
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


class Average:
    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, value):
        self.total += value
        self.count += 1

    def mean(self):
        return tdiv(self.total, self.count) if self.count else 0

    def __str__(self):
        return "Average[n=%d, mean=%d]" % (self.count, self.mean())


def main():
    avg = Average()
    for channel in range(5):
        raw = sensor_hw.read_raw(channel)
        avg.add(raw)
        print("%s = %d, half = %d, negated half = %d" % (sensor_hw.label(channel), raw, raw // 2, tdiv(-raw, 2)))
    print("count / 2 = %d, -count / 2 = %d" % (avg.count // 2, tdiv(-avg.count, 2)))
    r = avg.total % 7 - 7
    print("total %d %s %d" % (avg.total, avg, -(-r % 3) if r < 0 else r % 3))
    print(sensor_hw.label(tdiv(avg.mean(), 1000)) + ("true" if sensor_hw.read_raw(9) > avg.mean() else "false"))
