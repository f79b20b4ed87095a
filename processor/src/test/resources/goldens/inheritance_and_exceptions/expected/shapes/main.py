import _jmpy


def _jdiv(a, b):
    if b == 0:
        raise ZeroDivisionError("/ by zero")
    q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


def check(side):
    if side < 0:
        raise shape_error.ShapeError("negative side %d" % side, 7)
    if side == 0:
        raise _jmpy.IllegalArgumentException("zero")
    return side


def divide(a, b):
    return _w32(_jdiv(a, b))


def main():
    s = square.Square(3)
    r = rect.Rect(2, 5)
    print("%d %s %s %s" % (s.area(), _jnstr(s.name()), _jnstr(r.describe()), _jnstr(_jmpy.cast(s, rect.Rect).describe())))
    print("true" if isinstance(s, rect.Rect) else "false")
    print("true" if isinstance(r, square.Square) else "false")
    print(shape.SIDES_UNKNOWN)
    for side in range(-1, 2):
        try:
            print("ok %d" % check(side))
        except shape_error.ShapeError as e:
            print("shape error %s code %d" % (_jnstr(e.args[0] if e.args else None), e.code_()))
        except ValueError as e:
            print("illegal %s" % _jnstr(e.args[0] if e.args else None))
        finally:
            print("finally %d" % side)
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        print("arith %s" % _jnstr(e.args[0] if e.args else None))
    try:
        raise _jmpy.IllegalStateException()
    except Exception as e:
        print("runtime %s" % ("true" if (e.args[0] if e.args else None) is None else "false"))


# imported last, so that these modules may import this one
from shapes import shape_error
from shapes import square
from shapes import rect
from shapes import shape
