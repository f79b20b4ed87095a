from dm import greeter


def _jstr(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, dict):
        parts = []
        for k in v:
            parts.append(_jstr(k) + "=" + _jstr(v[k]))
        return "{" + ", ".join(parts) + "}"
    if isinstance(v, list) or isinstance(v, tuple) or isinstance(v, set) or type(v).__name__ == "dict_view":
        parts = []
        for x in v:
            parts.append(_jstr(x))
        return "[" + ", ".join(parts) + "]"
    return str(v)


def _jnstr(v):
    return "null" if v is None else str(v)


def main():
    a = greeter.of("ann")
    b = Shout("bob")
    print("%s %s %s" % (_jnstr(a.greet()), _jnstr(b.greet()), _jnstr(b.suffix())))


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
        return "Shout[" + "name=" + _jstr(self._name) + "]"

    def __eq__(self, other):
        return isinstance(other, Shout) and self._name == other._name

    def __hash__(self):
        return hash(tuple([self._name]))
