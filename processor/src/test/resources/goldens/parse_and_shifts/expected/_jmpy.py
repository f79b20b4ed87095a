# jmpy's shared runtime: written once into the board image, beside main.py, when some module uses
# it; a module imports it as _jmpy. It holds Java's exceptions where MicroPython's builtins do not
# match Java's hierarchy (each a subclass of the class its Java superclass maps to), and what
# raises them.


class NumberFormatException(ValueError):
    # Java: a subclass of IllegalArgumentException (ValueError)
    pass


class InputMismatchException(KeyError):
    # Java: a subclass of NoSuchElementException (KeyError), raised by Scanner's nextInt & co.
    pass


class AssertionError(BaseException):
    # Java: an Error (BaseException), so catch (Exception e) does not take it, as in Java
    pass


class NegativeArraySizeException(Exception):
    # Java: a RuntimeException (Exception)
    pass


def size(n):
    # an array's length as Java checks it: a negative one raises, its message the length
    if n < 0:
        raise NegativeArraySizeException(str(n))
    return n
