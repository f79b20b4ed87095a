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


def of(n):
    return named.Named(n)


class Greeter:
    def greet(self):
        return "hello " + _jstr(self.name()) + _jstr(self.suffix())

    def suffix(self):
        return "!"

    def __init__(self, name):
        self.name = name

    _is_dm_Greeter = True


# imported last, so that these modules may import this one
from dm import named
