def _jnstr(v):
    return "null" if v is None else str(v)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _jnstr(None)
# java: String.valueOf((String) null)
# >>> _jnstr("text")
# java: String.valueOf("text")
# >>> _jnstr(-2147483648)
# java: String.valueOf(Integer.valueOf(Integer.MIN_VALUE))
# >>> _jnstr(9223372036854775807)
# java: String.valueOf(Long.valueOf(Long.MAX_VALUE))
