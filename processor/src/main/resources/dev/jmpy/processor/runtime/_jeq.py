def _jeq(a, b):
    # Object.equals through Object or a type variable: the value's own == (a class's __eq__), but
    # a null receiver throws (NullPointerException) and a Float equals as Float.equals does, by
    # its bits: NaN equals NaN, 0.0 does not equal -0.0
    if a is None:
        raise AttributeError("Cannot invoke \"Object.equals(Object)\" because value is null")
    if type(a) is float and type(b) is float:
        return a != a and b != b or a == b and (a != 0 or str(a) == str(b))
    return a == b


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jeq("a", "a")
# java: ((Object) "a").equals("a")
# >>> _jeq(3, 4)
# java: ((Object) 3).equals(4)
# >>> _jeq(float("nan"), float("nan"))
# java: ((Object) Float.NaN).equals(Float.NaN)
# >>> _jeq(0.0, -0.0)
# java: ((Object) 0.0f).equals(-0.0f)
# >>> _jeq(-0.0, -0.0)
# java: ((Object) (-0.0f)).equals(-0.0f)
# >>> _jeq(1.5, 1.5)
# java: ((Object) 1.5f).equals(1.5f)
# >>> _jeq([1, 2], [1, 2])
# java: ((Object) List.of(1, 2)).equals(List.of(1, 2))
# >>> _jeq("x", None)
# java: ((Object) "x").equals(null)
