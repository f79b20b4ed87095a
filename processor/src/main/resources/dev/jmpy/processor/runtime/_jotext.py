def _jotext(v):
    # Java's text of a value seen as Object or a type variable, decided by what it is at run time
    # (never a char: JMPY180 keeps chars typed). A float prints as the firmware's Java type does:
    # Float.toString on single-precision firmware, Double.toString on double. An exception prints
    # by its Java class; a (key, value) tuple is a Map.Entry; collections element by element.
    if isinstance(v, float):
        return _jfstr(v, 24 if 1.0 + 1e-10 == 1.0 else 53)
    if isinstance(v, BaseException):
        return _jmpy.text(v)
    if isinstance(v, tuple) and len(v) == 2:
        return _jotext(v[0]) + "=" + _jotext(v[1])
    if isinstance(v, dict):
        return "{" + ", ".join([_jotext(k) + "=" + _jotext(v[k]) for k in v]) + "}"
    if isinstance(v, list) or isinstance(v, set) or type(v).__name__ == "dict_view":
        return "[" + ", ".join([_jotext(x) for x in v]) + "]"
    return _jstr(v)


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jotext(None)
# java: String.valueOf((Object) null)
# >>> _jotext([1, None, True, "x", 2.5])
# java: String.valueOf(Arrays.asList(1, null, true, "x", 2.5f))
# >>> _jotext(1e10)
# java: String.valueOf((Object) 1e10f)
# >>> _jotext({"a": [0.1, -0.0]})
# java: String.valueOf(Map.of("a", List.of(0.1f, -0.0f)))
# >>> _jotext(("k", 3.0))
# java: String.valueOf(Map.entry("k", 3.0f))
# >>> _jotext([ValueError("bad"), _jmpy.NumberFormatException("For input string: \"x\"")])
# java: String.valueOf(List.of(new IllegalArgumentException("bad"), new NumberFormatException("For input string: \"x\"")))
# >>> _jotext(ZeroDivisionError("/ by zero"))
# java: String.valueOf((Object) new ArithmeticException("/ by zero"))
# >>> _jotext({"k": 1.5}.keys())
# java: String.valueOf(Map.of("k", 1.5f).keySet())
# >>> _jotext(-7)
# java: String.valueOf((Object) (-7))
