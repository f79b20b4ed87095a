# jmpy's shared runtime: written once into the board image, beside main.py, when some module uses
# it; a module imports it as _jmpy. It holds Java's exceptions where MicroPython's builtins do not
# match Java's hierarchy (each a subclass of the class its Java superclass maps to), and what
# raises them.


class NumberFormatException(ValueError):
    # Java: a subclass of IllegalArgumentException (ValueError)
    pass


class NegativeArraySizeException(Exception):
    # Java: a RuntimeException (Exception)
    pass


class BufferUnderflowException(Exception):
    # Java: a RuntimeException (Exception), raised by a ByteBuffer read past its limit
    pass


class BufferOverflowException(Exception):
    # Java: a RuntimeException (Exception), raised by a ByteBuffer write past its limit
    pass


def size(n):
    # an array's length as Java checks it: a negative one raises, its message the length
    if n < 0:
        raise NegativeArraySizeException(str(n))
    return n
