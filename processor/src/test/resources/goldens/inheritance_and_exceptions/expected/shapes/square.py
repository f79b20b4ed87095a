from shapes import rect


class Square(rect.Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.extra = 1
        self.extra += s

    def name(self):
        return "square" + str(self.extra)

    def describe(self):
        return "[" + super().describe() + "]"
