from dm import greeter


def _jnstr(v):
    return "null" if v is None else str(v)


def main():
    a = greeter.of("ann")
    b = Shout("bob")
    print(_jnstr(a.greet()) + " " + _jnstr(b.greet()) + " " + _jnstr(b.suffix()))


class Shout:
    greet = greeter.Greeter.greet

    def __init__(self, name):
        self._name = name

    def suffix(self):
        return "!!!"

    _is_dm_Greeter = True

    def name(self):
        return self._name

    def __str__(self):
        return "Shout[" + "name=" + _jnstr(self._name) + "]"

    def __eq__(self, other):
        return isinstance(other, Shout) and self._name == other._name

    def __hash__(self):
        return hash(tuple([self._name]))
