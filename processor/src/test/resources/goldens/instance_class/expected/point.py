def origin():
    return Point(0, 0)


class Point:
    def __init__(self, x, y):
        self.x = 0
        self.y = 0
        self.visible = True
        self.label = None
        self.x = x
        self.y = y

    def manhattan(self):
        return abs(self.x) + abs(self.y)

    def move_by(self, dx, dy):
        self.x += dx
        self.y += dy

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"
