def _jfilled(buf, result, data):
    for i in range(len(data)):
        buf[i] = (data[i] + 128 & 255) - 128
    return result


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> buf = [0, 0, 0]
# java: var buf = new byte[3];
# >>> _jfilled(buf, 2, bytearray(b"\xff\x01"))
# java: 2
# >>> buf
# java: Arrays.toString(new byte[] {-1, 1, 0})
