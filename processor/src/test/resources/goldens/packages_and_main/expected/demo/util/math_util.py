BASE = 7


def square(x):
    return x * x


class MathUtil:
    def __init__(self, factor):
        self.factor = 0
        self.factor = factor

    def scale(self, x):
        return x * self.factor
