package dev.jmpy.processor.translate;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.List;

/**
 * The few functions a Java operation needs that MicroPython has no builtin for. A module defines
 * only the helpers it uses, so no runtime library is shipped.
 */
enum Helper {
  /** Java's integer division truncates toward zero; Python's {@code //} floors. */
  INT_DIV("_jdiv") {
    @Override
    List<PyStmt> definition() {
      // def _jdiv(a, b):
      //     if b == 0:
      //         raise ZeroDivisionError("/ by zero")
      //     q = a // b
      //     if q < 0 and q * b != a:
      //         q += 1
      //     return q
      PyExpr a = new PyExpr.Name("a");
      PyExpr b = new PyExpr.Name("b");
      PyExpr q = new PyExpr.Name("q");
      PyExpr zero = new PyExpr.Literal("0");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("a", "b"), false, List.of(
          divideByZero(b),
          new PyStmt.Assign(q, new PyExpr.BinOp(a, "//", b)),
          new PyStmt.If(
              new PyExpr.BinOp(new PyExpr.BinOp(q, "<", zero), "and",
                  new PyExpr.BinOp(new PyExpr.BinOp(q, "*", b), "!=", a)),
              List.of(new PyStmt.AugAssign(q, "+", new PyExpr.Literal("1"))), List.of()),
          new PyStmt.Return(q))));
    }
  },
  /** Java's remainder takes the dividend's sign; Python's {@code %} takes the divisor's. */
  INT_REM("_jrem") {
    @Override
    List<PyStmt> definition() {
      // def _jrem(a, b):
      //     if b == 0:
      //         raise ZeroDivisionError("/ by zero")
      //     r = a % b
      //     if r != 0 and (r < 0) != (a < 0):
      //         r -= b
      //     return r
      PyExpr a = new PyExpr.Name("a");
      PyExpr b = new PyExpr.Name("b");
      PyExpr r = new PyExpr.Name("r");
      PyExpr zero = new PyExpr.Literal("0");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("a", "b"), false, List.of(
          divideByZero(b),
          new PyStmt.Assign(r, new PyExpr.BinOp(a, "%", b)),
          new PyStmt.If(
              new PyExpr.BinOp(new PyExpr.BinOp(r, "!=", zero), "and",
                  new PyExpr.BinOp(new PyExpr.BinOp(r, "<", zero), "!=",
                      new PyExpr.BinOp(a, "<", zero))),
              List.of(new PyStmt.AugAssign(r, "-", b)), List.of()),
          new PyStmt.Return(r))));
    }
  },
  /**
   * Java's text of a value whose type is only known at run time: the elements of a collection.
   * null, true and false print as Java prints them; lists as {@code [a, b]}, maps as
   * {@code {k=v}}.
   */
  /** Java's int arithmetic wraps at 32 bits; MicroPython's integers grow. */
  WRAP_INT("_w32") {
    @Override
    List<PyStmt> definition() {
      return wrapDefinition(pythonName(), "31", "2147483648", "4294967295");
    }
  },
  /** Java's long arithmetic wraps at 64 bits. */
  WRAP_LONG("_w64") {
    @Override
    List<PyStmt> definition() {
      return wrapDefinition(pythonName(), "63", "9223372036854775808", "18446744073709551615");
    }
  },
  /** Java's String.split on a literal separator drops trailing empty strings. */
  SPLIT("_jsplit") {
    @Override
    List<PyStmt> definition() {
      // def _jsplit(s, sep):
      //     if s == "":
      //         return [""]
      //     parts = s.split(sep)
      //     while parts and parts[-1] == "":
      //         parts.pop()
      //     return parts
      PyExpr parts = new PyExpr.Name("parts");
      PyExpr s = new PyExpr.Name("s");
      PyExpr empty = new PyExpr.Literal("\"\"");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("s", "sep"), false, List.of(
          new PyStmt.If(new PyExpr.BinOp(s, "==", empty),
              List.of(new PyStmt.Return(new PyExpr.ListExpr(List.of(empty)))), List.of()),
          new PyStmt.Assign(parts, new PyExpr.Call(new PyExpr.Attribute(s, "split"),
              List.of(new PyExpr.Name("sep")))),
          new PyStmt.While(new PyExpr.BinOp(parts, "and", new PyExpr.BinOp(
              new PyExpr.Subscript(parts, new PyExpr.Literal("-1")), "==", empty)),
              List.of(new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Attribute(parts, "pop"),
                  List.of())))),
          new PyStmt.Return(parts))));
    }
  },
  /**
   * Java's list sort with a Comparator: stable (equal elements keep their order), which
   * MicroPython's own sort is not, so each element carries its position as the tie-break.
   */
  STABLE_SORT("_jsort") {
    @Override
    List<PyStmt> definition() {
      // def _jsort(lst, cmp):
      //     class _Key:
      //         def __init__(self, entry):
      //             self.entry = entry
      //         def __lt__(self, other):
      //             c = cmp(self.entry[1], other.entry[1])
      //             return c < 0 or c == 0 and self.entry[0] < other.entry[0]
      //     entries = list(enumerate(lst))
      //     entries.sort(key=_Key)
      //     lst[:] = [entry[1] for entry in entries]
      //     return lst
      PyExpr self = new PyExpr.Name("self");
      PyExpr mine = new PyExpr.Attribute(self, "entry");
      PyExpr theirs = new PyExpr.Attribute(new PyExpr.Name("other"), "entry");
      PyExpr c = new PyExpr.Name("c");
      PyExpr zero = new PyExpr.Literal("0");
      PyExpr one = new PyExpr.Literal("1");
      PyExpr entries = new PyExpr.Name("entries");
      PyExpr lst = new PyExpr.Name("lst");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("lst", "cmp"), false, List.of(
          new PyStmt.ClassDef("_Key", List.of(), List.of(
              new PyStmt.FunctionDef("__init__", List.of("self", "entry"), false, List.of(
                  new PyStmt.Assign(mine, new PyExpr.Name("entry")))),
              new PyStmt.FunctionDef("__lt__", List.of("self", "other"), false, List.of(
                  new PyStmt.Assign(c, new PyExpr.Call(new PyExpr.Name("cmp"), List.of(
                      new PyExpr.Subscript(mine, one), new PyExpr.Subscript(theirs, one)))),
                  new PyStmt.Return(new PyExpr.BinOp(new PyExpr.BinOp(c, "<", zero), "or",
                      new PyExpr.BinOp(new PyExpr.BinOp(c, "==", zero), "and", new PyExpr.BinOp(
                          new PyExpr.Subscript(mine, zero), "<",
                          new PyExpr.Subscript(theirs, zero))))))))),
          new PyStmt.Assign(entries, new PyExpr.Call(new PyExpr.Name("list"), List.of(
              new PyExpr.Call(new PyExpr.Name("enumerate"), List.of(lst))))),
          new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Attribute(entries, "sort"), List.of(),
              List.of(new PyExpr.Keyword("key", new PyExpr.Name("_Key"))))),
          new PyStmt.Assign(new PyExpr.Slice(lst, null, null), new PyExpr.ListComp(
              new PyExpr.Subscript(new PyExpr.Name("entry"), one), "entry", entries)),
          new PyStmt.Return(lst))));
    }
  },
  /** Comparator.comparing(key): compares the keys' natural order. */
  COMPARING("_jcomparing") {
    @Override
    List<PyStmt> definition() {
      // def _jcomparing(key):
      //     def cmp(a, b):
      //         ka = key(a)
      //         kb = key(b)
      //         return (ka > kb) - (ka < kb)
      //     return cmp
      PyExpr ka = new PyExpr.Name("ka");
      PyExpr kb = new PyExpr.Name("kb");
      PyExpr key = new PyExpr.Name("key");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("key"), false, List.of(
          new PyStmt.FunctionDef("cmp", List.of("a", "b"), false, List.of(
              new PyStmt.Assign(ka, new PyExpr.Call(key, List.of(new PyExpr.Name("a")))),
              new PyStmt.Assign(kb, new PyExpr.Call(key, List.of(new PyExpr.Name("b")))),
              new PyStmt.Return(new PyExpr.BinOp(new PyExpr.BinOp(ka, ">", kb), "-",
                  new PyExpr.BinOp(ka, "<", kb))))),
          new PyStmt.Return(new PyExpr.Name("cmp")))));
    }
  },
  /** Java's String.compareTo: the first differing chars' difference, else the lengths'. */
  STRING_COMPARE("_jstrcmp") {
    @Override
    List<PyStmt> definition() {
      // def _jstrcmp(a, b):
      //     for i in range(min(len(a), len(b))):
      //         if a[i] != b[i]:
      //             return ord(a[i]) - ord(b[i])
      //     return len(a) - len(b)
      PyExpr a = new PyExpr.Name("a");
      PyExpr b = new PyExpr.Name("b");
      PyExpr i = new PyExpr.Name("i");
      PyExpr len = new PyExpr.Name("len");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("a", "b"), false, List.of(
          new PyStmt.For("i", new PyExpr.Call(new PyExpr.Name("range"), List.of(new PyExpr.Call(
              new PyExpr.Name("min"), List.of(new PyExpr.Call(len, List.of(a)),
                  new PyExpr.Call(len, List.of(b)))))), List.of(
              new PyStmt.If(new PyExpr.BinOp(new PyExpr.Subscript(a, i), "!=", new PyExpr.Subscript(b, i)),
                  List.of(new PyStmt.Return(new PyExpr.BinOp(
                      new PyExpr.Call(new PyExpr.Name("ord"), List.of(new PyExpr.Subscript(a, i))), "-",
                      new PyExpr.Call(new PyExpr.Name("ord"), List.of(new PyExpr.Subscript(b, i)))))),
                  List.of()))),
          new PyStmt.Return(new PyExpr.BinOp(new PyExpr.Call(len, List.of(a)), "-",
              new PyExpr.Call(len, List.of(b)))))));
    }
  },
  /** Java's String.hashCode: s[0]*31^(n-1) + ... + s[n-1], in 32-bit arithmetic. */
  STRING_HASH("_jhash") {
    @Override
    List<PyStmt> definition() {
      // def _jhash(s):
      //     h = 0
      //     for c in s:
      //         h = (31 * h + ord(c)) & 0xFFFFFFFF
      //     return h - 0x100000000 if h > 0x7FFFFFFF else h
      PyExpr h = new PyExpr.Name("h");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("s"), false, List.of(
          new PyStmt.Assign(h, new PyExpr.Literal("0")),
          new PyStmt.For("c", new PyExpr.Name("s"), List.of(new PyStmt.Assign(h, new PyExpr.BinOp(
              new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.Literal("31"), "*", h), "+",
                  new PyExpr.Call(new PyExpr.Name("ord"), List.of(new PyExpr.Name("c")))),
              "&", new PyExpr.Literal("0xFFFFFFFF"))))),
          new PyStmt.Return(new PyExpr.IfExp(new PyExpr.BinOp(h, ">", new PyExpr.Literal("0x7FFFFFFF")),
              new PyExpr.BinOp(h, "-", new PyExpr.Literal("0x100000000")), h)))));
    }
  },
  /** Math.floorDiv: Python's // with Java's "/ by zero". */
  FLOOR_DIV("_jfloordiv") {
    @Override
    List<PyStmt> definition() {
      PyExpr a = new PyExpr.Name("a");
      PyExpr b = new PyExpr.Name("b");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("a", "b"), false, List.of(
          divideByZero(b), new PyStmt.Return(new PyExpr.BinOp(a, "//", b)))));
    }
  },
  /** Math.floorMod: Python's % with Java's "/ by zero". */
  FLOOR_MOD("_jfloormod") {
    @Override
    List<PyStmt> definition() {
      PyExpr a = new PyExpr.Name("a");
      PyExpr b = new PyExpr.Name("b");
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("a", "b"), false, List.of(
          divideByZero(b), new PyStmt.Return(new PyExpr.BinOp(a, "%", b)))));
    }
  },
  PARSE_INTEGER("_jparse") {
    @Override
    List<PyStmt> definition() {
      return parseIntegerDefinition(pythonName());
    }
  },
  JAVA_TEXT("_jstr") {
    @Override
    List<PyStmt> definition() {
      PyExpr v = new PyExpr.Name("v");
      PyExpr parts = new PyExpr.Name("parts");
      PyExpr self = new PyExpr.Name(pythonName());
      PyExpr newList = new PyExpr.ListExpr(List.of());
      PyExpr joined = new PyExpr.Call(new PyExpr.Attribute(new PyExpr.Literal("\", \""), "join"),
          List.of(parts));
      PyStmt appendText = new PyStmt.ExprStmt(new PyExpr.Call(
          new PyExpr.Attribute(parts, "append"),
          List.of(new PyExpr.Call(self, List.of(new PyExpr.Name("x"))))));
      PyStmt appendEntry = new PyStmt.ExprStmt(new PyExpr.Call(
          new PyExpr.Attribute(parts, "append"), List.of(new PyExpr.BinOp(new PyExpr.BinOp(
              new PyExpr.Call(self, List.of(new PyExpr.Name("k"))), "+",
              new PyExpr.Literal("\"=\"")), "+",
              new PyExpr.Call(self, List.of(new PyExpr.Subscript(v, new PyExpr.Name("k"))))))));
      return List.of(new PyStmt.FunctionDef(pythonName(), List.of("v"), false, List.of(
          returnIf(new PyExpr.BinOp(v, "is", new PyExpr.Literal("None")), "\"null\""),
          returnIf(new PyExpr.BinOp(v, "is", new PyExpr.Literal("True")), "\"true\""),
          returnIf(new PyExpr.BinOp(v, "is", new PyExpr.Literal("False")), "\"false\""),
          new PyStmt.If(isInstance(v, "dict"), List.of(
              new PyStmt.Assign(parts, newList),
              new PyStmt.For("k", v, List.of(appendEntry)),
              new PyStmt.Return(new PyExpr.BinOp(new PyExpr.BinOp(
                  new PyExpr.Literal("\"{\""), "+", joined), "+", new PyExpr.Literal("\"}\"")))),
              List.of()),
          // lists, tuples, sets and dict views (a map's keySet() and values()) print as [a, b]
          new PyStmt.If(new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.BinOp(isInstance(v, "list"), "or",
              isInstance(v, "tuple")), "or", isInstance(v, "set")), "or", new PyExpr.BinOp(
              new PyExpr.Attribute(new PyExpr.Call(new PyExpr.Name("type"), List.of(v)), "__name__"),
              "==", new PyExpr.Literal("\"dict_view\""))),
              List.of(
                  new PyStmt.Assign(parts, newList),
                  new PyStmt.For("x", v, List.of(appendText)),
                  new PyStmt.Return(new PyExpr.BinOp(new PyExpr.BinOp(
                      new PyExpr.Literal("\"[\""), "+", joined), "+", new PyExpr.Literal("\"]\"")))),
              List.of()),
          new PyStmt.Return(new PyExpr.Call(new PyExpr.Name("str"), List.of(v))))));
    }
  },
  /**
   * StreamReader.readinto(byte[]): MicroPython's readinto needs a bytearray and a Java byte[] is a
   * list, so the bytes of one read(len(buf)) (which waits once and reads up to that many, as
   * readinto does) are copied into the list's start.
   */
  READ_INTO("_jreadinto") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jreadinto(buf, data):
              buf[:len(data)] = data
              return len(data)
          """);
    }
  },
  /** StringBuilder.reverse(): MicroPython's str has no [::-1], but reversed() works. */
  BUILDER_REVERSE("_jsbreverse") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jsbreverse(sb):
              sb[:] = ["".join(reversed("".join(sb)))]
              return sb
          """);
    }
  },
  /**
   * StringBuilder insert / deleteCharAt / setCharAt: the text between start and end replaced,
   * with Java's bounds check (Python's slices would silently clamp).
   */
  BUILDER_EDIT("_jsbedit") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jsbedit(sb, start, end, text):
              s = "".join(sb)
              if start < 0 or end > len(s) or start > end:
                  raise IndexError("index " + str(start) + ",length " + str(len(s)))
              sb[:] = [s[:start] + text + s[end:]]
              return sb
          """);
    }
  },
  /** Map.merge(k, v, f): Java's rules (a null result removes the key); returns the new value. */
  MAP_MERGE("_jmerge") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jmerge(m, k, v, f):
              old = m.get(k)
              new = v if old is None else f(old, v)
              if new is None:
                  m.pop(k, None)
              else:
                  m[k] = new
              return new
          """);
    }
  },
  /** Map.computeIfAbsent(k, f): computes and puts only when absent (or null); returns the value. */
  MAP_COMPUTE_IF_ABSENT("_jcomputeifabsent") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jcomputeifabsent(m, k, f):
              v = m.get(k)
              if v is None:
                  v = f(k)
                  if v is not None:
                      m[k] = v
              return v
          """);
    }
  },
  /** Map.putIfAbsent(k, v): puts only when absent (or null); returns the previous value. */
  MAP_PUT_IF_ABSENT("_jputifabsent") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jputifabsent(m, k, v):
              old = m.get(k)
              if old is None:
                  m[k] = v
              return old
          """);
    }
  },
  /** Map.put used as a value: the key's previous value (None when it had none), as in Java. */
  MAP_PUT("_jput") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jput(m, k, v):
              old = m.get(k)
              m[k] = v
              return old
          """);
    }
  },
  /** Set.add used as a value: whether the element was new (Python's add returns None). */
  SET_ADD("_jadd") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jadd(s, x):
              if x in s:
                  return False
              s.add(x)
              return True
          """);
    }
  },
  /** Set.remove used as a value: whether the element was there (discard returns None). */
  SET_REMOVE("_jremove") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          def _jremove(s, x):
              if x in s:
                  s.discard(x)
                  return True
              return False
          """);
    }
  },
  /**
   * TreeMap (and SortedMap, NavigableMap). MicroPython has no sorted container and no bisect
   * module, so the keys are a list kept sorted by the map's comparison function and searched by
   * bisection; the values are a parallel list. It answers the dict calls the Map rows emit
   * ({@code m[k] = v}, {@code get}, {@code pop}, {@code in}, {@code keys()}, ...), so a TreeMap
   * held in a {@code Map} variable works unchanged; {@code keys()} and {@code values()} are the
   * lists themselves, live as Java's views. The navigation methods return None where Java
   * returns null, and firstKey/lastKey of an empty map raise KeyError (NoSuchElementException).
   * headMap/tailMap/subMap are copies, which the translator only accepts where they are used at
   * once (see {@link SortedViews}).
   */
  TREE_MAP("_TreeMap") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          class _TreeMap:
              # Java's TreeMap: keys in a list sorted by cmp (MicroPython has no sorted container),
              # found by bisection; values in a parallel list

              def __init__(self, cmp, entries=()):
                  self._cmp = cmp
                  self._keys = []
                  self._values = []
                  for k, v in entries:
                      self.put(k, v)

              def _find(self, k, past_equal):
                  # the index of the first key above k (past_equal) or not below it
                  lo = 0
                  hi = len(self._keys)
                  while lo < hi:
                      mid = (lo + hi) // 2
                      c = self._cmp(self._keys[mid], k)
                      if c < 0 or past_equal and c == 0:
                          lo = mid + 1
                      else:
                          hi = mid
                  return lo

              def _index(self, k):
                  i = self._find(k, False)
                  if i < len(self._keys) and self._cmp(self._keys[i], k) == 0:
                      return i
                  return -1

              def put(self, k, v):
                  i = self._find(k, False)
                  if i < len(self._keys) and self._cmp(self._keys[i], k) == 0:
                      old = self._values[i]
                      self._values[i] = v
                      return old
                  self._keys.insert(i, k)
                  self._values.insert(i, v)
                  return None

              def __setitem__(self, k, v):
                  self.put(k, v)

              def get(self, k, default=None):
                  i = self._index(k)
                  return default if i < 0 else self._values[i]

              def __contains__(self, k):
                  return self._index(k) >= 0

              def pop(self, k, default=None):
                  i = self._index(k)
                  if i < 0:
                      return default
                  self._keys.pop(i)
                  return self._values.pop(i)

              def __len__(self):
                  return len(self._keys)

              def __iter__(self):
                  return iter(self._keys)

              def keys(self):
                  return self._keys

              def values(self):
                  return self._values

              def items(self):
                  return list(zip(self._keys, self._values))

              def clear(self):
                  self._keys.clear()
                  self._values.clear()

              def _key(self, i):
                  return self._keys[i] if 0 <= i and i < len(self._keys) else None

              def first_key(self):
                  if not self._keys:
                      raise KeyError()
                  return self._keys[0]

              def last_key(self):
                  if not self._keys:
                      raise KeyError()
                  return self._keys[-1]

              def floor_key(self, k):
                  return self._key(self._find(k, True) - 1)

              def lower_key(self, k):
                  return self._key(self._find(k, False) - 1)

              def ceiling_key(self, k):
                  return self._key(self._find(k, False))

              def higher_key(self, k):
                  return self._key(self._find(k, True))

              def entry(self, i):
                  # the entry at i (from the end when negative) as a (key, value) tuple, or None
                  if i < 0:
                      i += len(self._keys)
                  if 0 <= i and i < len(self._keys):
                      return (self._keys[i], self._values[i])
                  return None

              def poll_entry(self, i):
                  e = self.entry(i)
                  if e is not None:
                      self.pop(e[0])
                  return e

              def _copy(self, lo, hi):
                  m = type(self)(self._cmp)
                  m._keys = self._keys[lo:hi]
                  m._values = self._values[lo:hi]
                  return m

              def head(self, hi, inclusive):
                  return self._copy(0, self._find(hi, inclusive))

              def tail(self, lo, inclusive):
                  return self._copy(self._find(lo, not inclusive), len(self._keys))

              def sub(self, lo, hi):
                  if self._cmp(lo, hi) > 0:
                      raise ValueError("fromKey > toKey")
                  return self._copy(self._find(lo, False), self._find(hi, False))

              def __str__(self):
                  return "{" + ", ".join([_jstr(k) + "=" + _jstr(v) for k, v in self.items()]) + "}"
          """);
    }

    @Override
    List<Helper> requires() {
      return List.of(JAVA_TEXT);
    }
  },
  /** TreeSet (SortedSet, NavigableSet): the keys of a {@code _TreeMap}, as Java builds it. */
  TREE_SET("_TreeSet") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          class _TreeSet(_TreeMap):
              # Java's TreeSet: the keys of a TreeMap, as in Java

              def __init__(self, cmp, items=()):
                  _TreeMap.__init__(self, cmp)
                  for x in items:
                      self.add(x)

              def add(self, x):
                  return self.put(x, True) is None

              def discard(self, x):
                  return self.pop(x) is not None

              def poll(self, i):
                  e = self.poll_entry(i)
                  return None if e is None else e[0]

              def __str__(self):
                  return _jstr(self._keys)
          """);
    }

    @Override
    List<Helper> requires() {
      return List.of(TREE_MAP, JAVA_TEXT);
    }
  },
  /**
   * LinkedHashSet: MicroPython's set keeps no order, and its OrderedDict finds keys by a linear
   * scan anyway, so the elements are a list in insertion order, behind set's methods.
   */
  LINKED_SET("_LinkedSet") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          class _LinkedSet:
              # Java's LinkedHashSet: a list in insertion order (MicroPython's set keeps none)

              def __init__(self, items=()):
                  self._items = []
                  for x in items:
                      self.add(x)

              def add(self, x):
                  if x in self._items:
                      return False
                  self._items.append(x)
                  return True

              def discard(self, x):
                  if x in self._items:
                      self._items.remove(x)
                      return True
                  return False

              def __contains__(self, x):
                  return x in self._items

              def __len__(self):
                  return len(self._items)

              def __iter__(self):
                  return iter(self._items)

              def clear(self):
                  self._items.clear()

              def __str__(self):
                  return _jstr(self._items)
          """);
    }

    @Override
    List<Helper> requires() {
      return List.of(JAVA_TEXT);
    }
  },
  /**
   * Java's Iterator (hasNext, next, remove). A list is walked in place, as ArrayList's iterator
   * does; a set or a map view is walked over a copy, and remove() deletes the last element
   * returned from the collection through the function given. An exhausted next() raises KeyError
   * (NoSuchElementException), a remove() without a next() RuntimeError (IllegalStateException).
   */
  ITERATOR("_JIterator") {
    @Override
    List<PyStmt> definition() {
      return HelperSource.parse("""
          class _JIterator:
              # Java's Iterator: over a list in place, or over a copy with remove(x) to delete from
              # the set or map it came from

              def __init__(self, items, remove=None):
                  self._items = items
                  self._remove = remove
                  self._next = 0
                  self._last = -1

              def has_next(self):
                  return self._next < len(self._items)

              def next(self):
                  if self._next >= len(self._items):
                      raise KeyError()
                  self._last = self._next
                  self._next += 1
                  return self._items[self._last]

              def remove(self):
                  if self._last < 0:
                      raise RuntimeError()
                  if self._remove is None:
                      self._items.pop(self._last)
                      self._next = self._last
                  else:
                      self._remove(self._items[self._last])
                  self._last = -1
          """);
    }
  };

  private static PyStmt returnIf(PyExpr test, String literal) {
    return new PyStmt.If(test, List.of(new PyStmt.Return(new PyExpr.Literal(literal))), List.of());
  }

  private static PyExpr isInstance(PyExpr value, String type) {
    return new PyExpr.Call(new PyExpr.Name("isinstance"), List.of(value, new PyExpr.Name(type)));
  }

  /**
   * Java's parseInt / parseLong: only an optional sign and digits, within the type's range, else
   * NumberFormatException (ValueError) with Java's message. Python's int() also takes blanks and
   * underscores.
   */
  static List<PyStmt> parseIntegerDefinition(String name) {
    // def _jparse(s, limit):
    //     d = s[1:] if s[:1] == "-" or s[:1] == "+" else s
    //     if not d.isdigit():
    //         raise ValueError("For input string: \"" + s + "\"")
    //     v = int(s)
    //     if v < -limit or v >= limit:
    //         raise ValueError(...)
    //     return v
    PyExpr s = new PyExpr.Name("s");
    PyExpr d = new PyExpr.Name("d");
    PyExpr v = new PyExpr.Name("v");
    PyExpr limit = new PyExpr.Name("limit");
    PyExpr head = new PyExpr.Slice(s, null, new PyExpr.Literal("1"));
    PyStmt fail = new PyStmt.Raise(new PyExpr.Call(new PyExpr.Name("ValueError"), List.of(
        new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.Literal("\"For input string: \\\"\""), "+", s),
            "+", new PyExpr.Literal("\"\\\"\"")))));
    return List.of(new PyStmt.FunctionDef(name, List.of("s", "limit"), false, List.of(
        new PyStmt.Assign(d, new PyExpr.IfExp(
            new PyExpr.BinOp(new PyExpr.BinOp(head, "==", new PyExpr.Literal("\"-\"")), "or",
                new PyExpr.BinOp(head, "==", new PyExpr.Literal("\"+\""))),
            new PyExpr.Slice(s, new PyExpr.Literal("1"), null), s)),
        new PyStmt.If(new PyExpr.UnaryOp("not", new PyExpr.Call(new PyExpr.Attribute(d, "isdigit"),
            List.of())), List.of(fail), List.of()),
        new PyStmt.Assign(v, new PyExpr.Call(new PyExpr.Name("int"), List.of(s))),
        new PyStmt.If(new PyExpr.BinOp(new PyExpr.BinOp(v, "<", new PyExpr.UnaryOp("-", limit)),
            "or", new PyExpr.BinOp(v, ">=", limit)), List.of(fail), List.of()),
        new PyStmt.Return(v))));
  }

  /**
   * def _w32(v):
   *     if (v >> 31) + 1 >> 1:
   *         return (v + 2147483648 & 4294967295) - 2147483648
   *     return v
   * v is in range exactly when v >> 31 is 0 or -1; that test uses only small ints (fast on a
   * 32-bit port, where 2**31 is a big int), and only a real overflow does the big arithmetic.
   */
  static List<PyStmt> wrapDefinition(String name, String bits, String half, String mask) {
    PyExpr v = new PyExpr.Name("v");
    PyExpr h = new PyExpr.Literal(half);
    PyExpr outOfRange = new PyExpr.BinOp(new PyExpr.BinOp(
        new PyExpr.BinOp(v, ">>", new PyExpr.Literal(bits)), "+", new PyExpr.Literal("1")),
        ">>", new PyExpr.Literal("1"));
    return List.of(new PyStmt.FunctionDef(name, List.of("v"), false, List.of(
        new PyStmt.If(outOfRange, List.of(new PyStmt.Return(new PyExpr.BinOp(new PyExpr.BinOp(
            new PyExpr.BinOp(v, "+", h), "&", new PyExpr.Literal(mask)), "-", h))), List.of()),
        new PyStmt.Return(v))));
  }

  /** Java's ArithmeticException message, which getMessage() shows. */
  private static PyStmt divideByZero(PyExpr divisor) {
    return new PyStmt.If(new PyExpr.BinOp(divisor, "==", new PyExpr.Literal("0")),
        List.of(new PyStmt.Raise(new PyExpr.Call(new PyExpr.Name("ZeroDivisionError"),
            List.of(new PyExpr.Literal("\"/ by zero\""))))), List.of());
  }

  private final String pythonName;

  Helper(String pythonName) {
    this.pythonName = pythonName;
  }

  String pythonName() {
    return pythonName;
  }

  abstract List<PyStmt> definition();

  /** The helpers this one's definition uses, defined before it in the module. */
  List<Helper> requires() {
    return List.of();
  }
}
