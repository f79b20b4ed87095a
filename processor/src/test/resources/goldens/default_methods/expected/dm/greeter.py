def _jnstr(v):
    return "null" if v is None else str(v)


def of(n):
    return named.Named(n)


class Greeter:
    def greet(self):
        return "hello %s%s" % (_jnstr(self.name()), _jnstr(self.suffix()))

    def suffix(self):
        return "!"

    def __init__(self, name):
        self.name = name

    _is_dm_Greeter = True


# imported last, so that these modules may import this one
from dm import named
