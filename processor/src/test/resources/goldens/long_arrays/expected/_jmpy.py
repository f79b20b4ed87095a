# jmpy's shared runtime: written once into the board image, beside main.py, when some module uses
# it; a module imports it as _jmpy. It holds Java's exception classes (each a subclass of the
# builtin that a catch of it, or of its Java superclass, names), what Throwable's methods do on
# them and on the builtins the board raises itself, and what raises them (a negative array
# length, a failing reference cast).
import sys


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


def simple_name(o):
    # getClass().getSimpleName(): an exception's binary name after its package and enclosing
    # classes ("" for an anonymous class, Outer$1; Local for Outer$1Local); any other object's
    # Python class name, or its _jsimple where Java's differs (an anonymous or renamed class)
    if o is None or isinstance(o, BaseException):
        n = name(o)
        return n[max(n.rfind("."), n.rfind("$")) + 1:].lstrip("0123456789")
    c = type(o)
    return getattr(c, "_jsimple", c.__name__)


def _text(e):
    # Java's Throwable.toString(): the class's name, then ": " and getMessage() unless it is null
    n = name(e)
    m = e.get_message() if hasattr(e, "get_message") else message(e)
    return n if m is None else n + ": " + m


def text(e):
    # String.valueOf of a Throwable: its class's toString() (__str__), Java's text for builtins
    if e is None:
        return "null"
    return str(e) if hasattr(e, "_jname") else _text(e)


class Throwable(BaseException):
    _jname = "java.lang.Throwable"
    __str__ = _text


class Error(BaseException):
    _jname = "java.lang.Error"
    __str__ = _text


class Exception(Exception):
    _jname = "java.lang.Exception"
    __str__ = _text


class RuntimeException(Exception):
    _jname = "java.lang.RuntimeException"


class IllegalArgumentException(ValueError):
    _jname = "java.lang.IllegalArgumentException"
    __str__ = _text


class NumberFormatException(IllegalArgumentException):
    _jname = "java.lang.NumberFormatException"


class IllegalStateException(RuntimeError):
    # the board's APIs raise RuntimeError where Java's throw it (a deinit PWM)
    _jname = "java.lang.IllegalStateException"
    __str__ = _text


class UnsupportedOperationException(RuntimeException):
    # not NotImplementedError, which is a RuntimeError (IllegalStateException's catch)
    _jname = "java.lang.UnsupportedOperationException"


class ClassCastException(RuntimeException):
    # not TypeError, which the board raises for what Java calls a NullPointerException
    _jname = "java.lang.ClassCastException"


class NegativeArraySizeException(RuntimeException):
    _jname = "java.lang.NegativeArraySizeException"


class ArithmeticException(ZeroDivisionError):
    _jname = "java.lang.ArithmeticException"
    __str__ = _text


class IndexOutOfBoundsException(IndexError):
    _jname = "java.lang.IndexOutOfBoundsException"
    __str__ = _text


class ArrayIndexOutOfBoundsException(IndexOutOfBoundsException):
    _jname = "java.lang.ArrayIndexOutOfBoundsException"


class StringIndexOutOfBoundsException(IndexOutOfBoundsException):
    _jname = "java.lang.StringIndexOutOfBoundsException"


class NullPointerException(AttributeError):
    _jname = "java.lang.NullPointerException"
    __str__ = _text


class NoSuchElementException(KeyError):
    _jname = "java.util.NoSuchElementException"
    __str__ = _text


class InputMismatchException(NoSuchElementException):
    # raised by Scanner's nextInt & co., the token left unread
    _jname = "java.util.InputMismatchException"


class AssertionError(Error):
    # an Error: catch (Exception e) lets it pass, as in Java
    _jname = "java.lang.AssertionError"


class IOException(OSError):
    _jname = "java.io.IOException"
    __str__ = _text


class ConnectException(IOException):
    _jname = "java.net.ConnectException"


class EOFException(EOFError):
    _jname = "java.io.EOFException"
    __str__ = _text


def caused(c):
    # the arguments of Java's constructor (cause): its message is the cause's toString(), or null
    return (None if c is None else text(c), c)


# initCause/addSuppressed state, [cause (the exception itself while not set), suppressed]: on the
# exception, or, for a builtin the board raised (it takes no attributes), in this table
_more = {}


def _state(e, make=False):
    s = getattr(e, "_jstate", None) or _more.get(e)
    if s is None:
        a = e.args
        s = [a[1] if len(a) > 1 and (a[1] is None or isinstance(a[1], BaseException)) else e, None]
        if make:
            try:
                e._jstate = s
            except AttributeError:
                _more[e] = s
    return s


def cause(e):
    # getCause(): the cause given to the constructor or to initCause, else null
    c = _state(e)[0]
    return None if c is e else c


def init_cause(e, c):
    s = _state(e, True)
    if s[0] is not e:
        raise IllegalStateException("Can't overwrite cause with " + ("a null" if c is None else text(c)), e)
    if c is e:
        raise IllegalArgumentException("Self-causation not permitted", e)
    s[0] = c
    return e


def add_suppressed(e, x):
    if x is e:
        raise IllegalArgumentException("Self-suppression not permitted", x)
    if x is None:
        raise NullPointerException("Cannot suppress a null exception.")
    s = _state(e, True)
    if s[1] is None:
        s[1] = []
    s[1].append(x)


def suppressed(e):
    # getSuppressed(): a new array each call
    s = _state(e)[1]
    return [] if s is None else list(s)


def print_trace(e):
    # printStackTrace(): Java's lines without the frames: toString(), each suppressed exception
    # ("\tSuppressed: "), each cause ("Caused by: "), to stderr
    seen = []
    while e is not None and e not in seen:
        print(("Caused by: " if seen else "") + text(e), file=sys.stderr)
        for x in suppressed(e):
            print("\tSuppressed: " + text(x), file=sys.stderr)
        seen.append(e)
        e = cause(e)
    if e is not None:
        print("Caused by: [CIRCULAR REFERENCE: " + text(e) + "]", file=sys.stderr)


class BufferUnderflowException(RuntimeException):
    # raised by a ByteBuffer read past its limit
    _jname = "java.nio.BufferUnderflowException"


class BufferOverflowException(RuntimeException):
    # raised by a ByteBuffer write past its limit
    _jname = "java.nio.BufferOverflowException"


def size(n):
    # an array's length as Java checks it: a negative one raises, its message the length
    if n < 0:
        raise NegativeArraySizeException(str(n))
    return n


def cast(v, c):
    # a reference cast javac cannot prove: ClassCastException where Java's fails (not ending in
    # a raise: mpy-cross's WebAssembly build writes a return after it, the native one does not)
    if v is not None and not isinstance(v, c):
        raise ClassCastException("class " + type(v).__name__ + " cannot be cast to class " + c.__name__)
    return v
