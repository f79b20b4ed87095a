def _jreadinto(buf, data):
    buf[:len(data)] = list(data)
    return len(data)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# (MicroPython assigns a list slice from a list only, not from bytes)
# >>> buf = [0, 0, 0]
# java: var buf = new byte[3];
# >>> _jreadinto(buf, b"ab")
# java: new java.io.ByteArrayInputStream("ab".getBytes()).read(buf)
# >>> buf
# java: Arrays.toString(buf)
# >>> _jreadinto(buf, b"xyz")
# java: new java.io.ByteArrayInputStream("xyz".getBytes()).read(buf)
# >>> buf
# java: Arrays.toString(buf)
