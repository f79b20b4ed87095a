def _jnstr(v):
    return "null" if v is None else str(v)


def main():
    print("%s %s %s %s %s" % (_jnstr(Point()), _jnstr(Point(3)), _jnstr(Point(1, 2)), _jnstr(Point3()), _jnstr(Point3(1, 1, 1))))


class Point:
    def __init__(self, *args):
        if len(args) == 0:
            self._point_init_0(*args)
        elif len(args) == 1:
            self._point_init_1(*args)
        elif len(args) == 2:
            self._point_init_2(*args)

    def _point_init_0(self):
        self._point_init_2(0, 0)
        self.label = "origin"

    def _point_init_1(self, both):
        self._point_init_2(both, both)

    def _point_init_2(self, x, y):
        self.x = 0
        self.y = 0
        self.label = "p"
        self.x = x
        self.y = y

    def __str__(self):
        return "%s(%d, %d)" % (_jnstr(self.label), self.x, self.y)


class Point3(Point):
    def __init__(self, *args):
        if len(args) == 3:
            self._point3_init_3(*args)
        elif len(args) == 0:
            self._point3_init_0(*args)

    def _point3_init_3(self, x, y, z):
        self.z = 0
        super().__init__(x, y)
        self.z = z

    def _point3_init_0(self):
        self._point3_init_3(7, 8, 9)

    def __str__(self):
        return "%sz%d" % (_jnstr(super().__str__()), self.z)
