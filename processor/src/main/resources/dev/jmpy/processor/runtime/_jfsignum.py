def _jfsignum(x):
    # Math.signum of a float: 1.0 or -1.0, and zeros and NaN as they are.
    if x != x or not x:
        return x
    return 1.0 if x > 0 else -1.0


# Checks (single precision): HelperChecksTest runs each ">>>" line on single-precision MicroPython
# (as the ESP32's firmware computes) and the "java:" line under it on the JVM; both must print the
# same (floats by their bits, exceptions as jmpy maps them).
# >>> _jfsignum(-2.5)
# java: Math.signum(-2.5f)
# >>> _jfsignum(1e-30)
# java: Math.signum(1e-30f)
# >>> _jfsignum(-0.0)
# java: Math.signum(-0f)
# >>> _jfsignum(float("nan"))
# java: Math.signum(Float.NaN)
