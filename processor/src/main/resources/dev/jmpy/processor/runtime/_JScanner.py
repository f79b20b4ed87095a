class _JScanner:
    # java.util.Scanner over System.in (sys.stdin: a board's REPL UART) or over a String. Tokens
    # are Java's: runs of characters between Java's whitespace, input read a line at a time (so a
    # board waits for a line, as a terminal does). At the end of the input it raises KeyError
    # (NoSuchElementException); a token of another form raises _jmpy.InputMismatchException and
    # stays unread, as in Java. Numbers as Java reads them in an English locale (',' groups).
    _ws = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u2028\u2029\u205f\u3000"
    _stdin_closed = False

    def __init__(self, text=None):
        self._buf = "" if text is None else text
        self._pos = 0
        self._stdin = text is None
        self._eof = not self._stdin or _JScanner._stdin_closed
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        # closing a Scanner over System.in closes System.in: later Scanners read nothing
        if self._stdin:
            _JScanner._stdin_closed = True
        self._closed = True

    def _more(self):
        import sys
        line = "" if self._eof else sys.stdin.readline()
        if not line:
            self._eof = True
        self._buf = self._buf[self._pos:] + line
        self._pos = 0

    def _token(self):
        # (start, end) of the next token, or None at the end of the input
        if self._closed:
            raise _jmpy.IllegalStateException("Scanner closed")
        ws = _JScanner._ws
        while True:
            b = self._buf
            n = len(b)
            i = self._pos
            while i < n and b[i] in ws:
                i += 1
            j = i
            while j < n and b[j] not in ws:
                j += 1
            if j < n or self._eof:
                return (i, j) if i < j else None
            self._more()

    def _next(self, form=None, a=None):
        t = self._token()
        if t is None:
            raise KeyError()
        s = self._buf[t[0]:t[1]]
        v = s if form is None else form(s, a)
        if v is None:
            raise _jmpy.InputMismatchException()
        if isinstance(v, tuple):
            raise _jmpy.InputMismatchException(v[0])
        self._pos = t[1]
        return v

    def _has(self, form=None, a=None):
        t = self._token()
        if t is None or form is None:
            return t is not None
        v = form(self._buf[t[0]:t[1]], a)
        return v is not None and not isinstance(v, tuple)

    @staticmethod
    def _digits(d):
        # a numeral: digits, or 1-3 digits (not starting with 0) and groups ",ddd"; None if not
        if "," in d:
            g = d.split(",")
            if not 0 < len(g[0]) < 4 or g[0][0] == "0" or any(len(x) != 3 for x in g[1:]):
                return None
            d = "".join(g)
        return d if d and not d.strip("0123456789") else None

    @staticmethod
    def _int(s, bits):
        d = _JScanner._digits(s[1:] if s[:1] in ("-", "+") else s)
        if d is None:
            return None
        v = -int(d) if s[0] == "-" else int(d)
        if not -(1 << bits - 1) <= v < 1 << bits - 1:
            return ('For input string: "' + s.replace(",", "") + '"',)
        return v

    @staticmethod
    def _double(s, a):
        t = s[1:] if s[:1] in ("-", "+") else s
        sign = s[:len(s) - len(t)]
        if t in ("NaN", "Infinity", "\u221e"):
            return _jfparse(sign + ("NaN" if t == "NaN" else "Infinity"), 53)
        h = t[:2] in ("0x", "0X")
        m, p, e = t[2:].partition("p" if "p" in t else "P") if h else t.partition("e" if "e" in t else "E")
        x = e[1:] if e[:1] in ("-", "+") else e
        if p and (not x or x.strip("0123456789")):
            return None
        i, dot, f = m.partition(".")
        if h:
            if not dot or not f or (i + f).strip("0123456789abcdefABCDEF"):
                return None
            if not p:
                return ('For input string: "' + s + '"',)
            return _jfparse(s, 53)
        if f.strip("0123456789"):
            return None
        if i:
            i = _JScanner._digits(i)
            if i is None:
                return None
        elif not f:
            return None
        return _jfparse(sign + i + dot + f + p + e, 53)

    @staticmethod
    def _bool(s, a):
        t = s.lower()
        return None if t != "true" and t != "false" else t == "true"

    def next(self):
        return self._next()

    def next_int(self):
        return self._next(_JScanner._int, 32)

    def next_long(self):
        return self._next(_JScanner._int, 64)

    def next_double(self):
        return self._next(_JScanner._double)

    def next_boolean(self):
        return self._next(_JScanner._bool)

    def has_next(self):
        return self._has()

    def has_next_int(self):
        return self._has(_JScanner._int, 32)

    def has_next_long(self):
        return self._has(_JScanner._int, 64)

    def has_next_double(self):
        return self._has(_JScanner._double)

    def has_next_boolean(self):
        return self._has(_JScanner._bool)

    def next_line(self):
        # the rest of the line, without its end (\n, \r\n, \r, \u2028, \u2029 or \x85)
        if self._closed:
            raise _jmpy.IllegalStateException("Scanner closed")
        while True:
            b = self._buf
            i = self._pos
            j = i
            n = len(b)
            while j < n and b[j] not in "\n\r\u2028\u2029\x85":
                j += 1
            if j < n and not (b[j] == "\r" and j + 1 == n and not self._eof):
                self._pos = j + 2 if b[j:j + 2] == "\r\n" else j + 1
                return b[i:j]
            if j == n and self._eof:
                if i == n:
                    raise KeyError("No line found")
                self._pos = n
                return b[i:]
            self._more()

    def has_next_line(self):
        if self._closed:
            raise _jmpy.IllegalStateException("Scanner closed")
        while self._pos == len(self._buf) and not self._eof:
            self._more()
        return self._pos < len(self._buf)


# Checks: HelperChecksTest runs each ">>>" line on MicroPython and the "java:" line under it on
# the JVM; both must print the same (values as Java prints them, exceptions as jmpy maps them).
# >>> _JScanner("  12 -7\n+3 1,234 x").next_int()
# java: new java.util.Scanner("  12 -7\n+3 1,234 x").nextInt()
# >>> _JScanner("1,234").next_int() + 1
# java: new java.util.Scanner("1,234").nextInt() + 1
# >>> _JScanner("12,34").has_next_int()
# java: new java.util.Scanner("12,34").hasNextInt()
# >>> _JScanner("2147483648").has_next_int()
# java: new java.util.Scanner("2147483648").hasNextInt()
# >>> _JScanner("2147483648").next_long()
# java: new java.util.Scanner("2147483648").nextLong()
# >>> _JScanner("2147483648").next_int()
# java: new java.util.Scanner("2147483648").nextInt()
# >>> _JScanner("abc").next_int()
# java: new java.util.Scanner("abc").nextInt()
# >>> _JScanner(" \n ").next()
# java: new java.util.Scanner(" \n ").next()
# >>> _JScanner("").next_line()
# java: new java.util.Scanner("").nextLine()
# >>> _JScanner("TRUE").next_boolean()
# java: new java.util.Scanner("TRUE").nextBoolean()
# >>> _JScanner("-1,234.5e1").next_double() == -12345.0
# java: new java.util.Scanner("-1,234.5e1").nextDouble() == -12345.0
# >>> _JScanner("0x1.8p1").next_double() == 3.0
# java: new java.util.Scanner("0x1.8p1").nextDouble() == 3.0
# >>> _JScanner("1.5f").has_next_double()
# java: new java.util.Scanner("1.5f").hasNextDouble()
# >>> _JScanner("a\r\nb").next_line() + "|"
# java: new java.util.Scanner("a\r\nb").nextLine() + "|"
# >>> _JScanner("-9223372036854775808").has_next_long()
# java: new java.util.Scanner("-9223372036854775808").hasNextLong()
# >>> _JScanner("yes").has_next_boolean()
# java: new java.util.Scanner("yes").hasNextBoolean()
