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


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> len([None] * _jmpy.size(3))
# java: new Object[3].length
# >>> len([None] * _jmpy.size(0))
# java: new Object[0].length
# >>> _jmpy.size(-1)
# java: new Object[-1]
# >>> len(bytearray(_jmpy.size(-2)))
# java: new boolean[-2].length
# >>> isinstance(_jmpy.NumberFormatException("x"), ValueError)
# java: new NumberFormatException("x") instanceof IllegalArgumentException
# >>> isinstance(_jmpy.InputMismatchException(), KeyError)
# java: new java.util.InputMismatchException() instanceof java.util.NoSuchElementException
# >>> isinstance(_jmpy.AssertionError("x"), Exception)
# java: (Object) new AssertionError("x") instanceof Exception
