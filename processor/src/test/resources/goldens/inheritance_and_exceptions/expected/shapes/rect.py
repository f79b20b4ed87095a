class Rect:
    def __init__(self, w, h):
        self.w = 0
        self.h = 0
        self.area_ = 0
        self.w = w
        self.h = h
        self.area_ = -5

    def area(self):
        return self.w * self.h

    def name(self):
        return "rect"

    def describe(self):
        return self.name() + " " + str(self.area()) + " " + str(self.area_)
