# jmpy's shared runtime: written once into the board image, beside main.py, when some module uses
# it; a module imports it as _jmpy. It holds Java's exception classes (each a subclass of the
# builtin that a catch of it, or of its Java superclass, names), what Throwable's methods do on
# them and on the builtins the board raises itself, and what raises them (a negative array
# length, a failing reference cast).


def message(e):
    # getMessage(): Java's exceptions keep it first in args; null when made without one
    m = e.args[0] if e.args else None
    return m if m is None or isinstance(m, str) else str(m)


_NAMES = (
    (ZeroDivisionError, "java.lang.ArithmeticException"),
    (IndexError, "java.lang.IndexOutOfBoundsException"),
    (AttributeError, "java.lang.NullPointerException"),
    (KeyError, "java.util.NoSuchElementException"),
    (ValueError, "java.lang.IllegalArgumentException"),
    (RuntimeError, "java.lang.IllegalStateException"),
    (EOFError, "java.io.EOFException"),
    (OSError, "java.io.IOException"),
    (MemoryError, "java.lang.OutOfMemoryError"),
)


def name(e):
    # getClass().getName() of an exception: Java's binary name (pkg.Outer$Inner); a builtin the
    # board raised is named by the Java family its catch stands for; null throws, as in Java
    if e is None:
        raise AttributeError("Cannot invoke \"Object.getClass()\" because value is null")
    n = getattr(e, "_jname", None)
    if n is None:
        n = type(e).__name__
        for c, j in _NAMES:
            if isinstance(e, c):
                return j
    return n


def _text(e):
    # Java's Throwable.toString(): the class's name, then ": " and getMessage() unless it is null
    n = name(e)
    m = e.get_message() if hasattr(e, "get_message") else message(e)
    return n if m is None else n + ": " + m


class Exception(Exception):
    _jname = "java.lang.Exception"
    __str__ = _text


class RuntimeException(Exception):
    _jname = "java.lang.RuntimeException"


class NegativeArraySizeException(RuntimeException):
    _jname = "java.lang.NegativeArraySizeException"


def size(n):
    # an array's length as Java checks it: a negative one raises, its message the length
    if n < 0:
        raise NegativeArraySizeException(str(n))
    return n
