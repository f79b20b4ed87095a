def _jnonnull(x, message=None):
    # Objects.requireNonNull: x, or NullPointerException (AttributeError) with the message
    if x is None:
        raise AttributeError(message)
    return x


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jnonnull("v")
# java: Objects.requireNonNull("v")
# >>> _jnonnull(7, "seven")
# java: Objects.requireNonNull(7, "seven")
# >>> _kind(lambda: _jnonnull(None))
# java: kind(() -> Objects.requireNonNull(null))
# >>> _kind(lambda: _jnonnull(None, "name"))
# java: kind(() -> Objects.requireNonNull(null, "name"))
