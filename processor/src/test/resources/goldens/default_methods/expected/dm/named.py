from dm import greeter


class Named:
    greet = greeter.Greeter.greet
    suffix = greeter.Greeter.suffix

    def __init__(self, n):
        self.n = n

    def name(self):
        return self.n

    _is_dm_Greeter = True
