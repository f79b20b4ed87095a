package dev.jmpy.processor.runtime;

import dev.jmpy.processor.python.PyStmt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The small functions and classes a module defines where one Python operator cannot say what Java
 * means ({@code _jdiv} for truncating division, {@code _TreeMap} for a sorted map, ...). Each one's
 * Python is the resource {@code dev/jmpy/processor/runtime/<name>.py}, real Python that a test runs
 * on MicroPython with the checks written under it; the Java side knows only the name and which
 * helpers a definition uses. A module defines only the helpers it uses, printed as they are
 * written, so the board image needs no runtime library.
 */
public enum Helper {
  /** Java's integer division truncates toward zero; Python's {@code //} floors. */
  INT_DIV("_jdiv"),
  /** Java's remainder takes the dividend's sign; Python's {@code %} takes the divisor's. */
  INT_REM("_jrem"),
  /** Java's int arithmetic wraps at 32 bits; MicroPython's integers grow. */
  WRAP_INT("_w32"),
  /** Java's long arithmetic wraps at 64 bits. */
  WRAP_LONG("_w64"),
  /** Java's String.split on a literal separator drops trailing empty strings. */
  SPLIT("_jsplit"),
  /** A stable sort with a Comparator (MicroPython's own sort is not stable). */
  STABLE_SORT("_jsort"),
  /** Comparator.comparing(key): compares the keys' natural order. */
  COMPARING("_jcomparing"),
  /** Java's String.compareTo: the first differing chars' difference, else the lengths'. */
  STRING_COMPARE("_jstrcmp"),
  /** Java's String.hashCode in 32-bit arithmetic. */
  STRING_HASH("_jhash"),
  /** Math.floorDiv: Python's // with Java's "/ by zero". */
  FLOOR_DIV("_jfloordiv"),
  /** Math.floorMod: Python's % with Java's "/ by zero". */
  FLOOR_MOD("_jfloormod"),
  /**
   * The shared runtime, not defined in a module but written once into the board image as
   * {@code _jmpy.py} and imported: Java's exception classes where MicroPython's builtins do not
   * match Java's hierarchy ({@code NumberFormatException}, a {@code ValueError}), shared so that
   * every module raises and catches the same class.
   */
  RUNTIME("_jmpy"),
  /** Integer.parseInt / Long.parseLong: only a sign and digits, within range, Java's message. */
  PARSE_INTEGER("_jparse", RUNTIME),
  /** Java's text of a value known only at run time: null, true, lists as [a, b], maps as {k=v}. */
  JAVA_TEXT("_jstr"),
  /** Arrays.fill: the range checked as Java checks it, filled by doubling slice copies. */
  ARRAY_FILL("_jfill"),
  /** Arrays.deepToString: nested lists and typed arrays, each element as Java prints it. */
  DEEP_TEXT("_jdeepstr", JAVA_TEXT),
  /** new String(bytes, UTF_8): Java's decoding, malformed input replaced by U+FFFD. */
  UTF8_DECODE("_jutf8"),
  /** new String(chars, offset, count): the range checked as Java checks it. */
  CHARS_TEXT("_jchars"),
  /** StringBuilder.reverse() (MicroPython's str has no [::-1]). */
  BUILDER_REVERSE("_jsbreverse"),
  /** StringBuilder insert / deleteCharAt / setCharAt with Java's bounds check. */
  BUILDER_EDIT("_jsbedit"),
  /** Map.merge with Java's rules (a null result removes the key). */
  MAP_MERGE("_jmerge"),
  /** Map.computeIfAbsent: computes and puts only when absent or null. */
  MAP_COMPUTE_IF_ABSENT("_jcomputeifabsent"),
  /** Map.putIfAbsent: puts only when absent or null; the previous value. */
  MAP_PUT_IF_ABSENT("_jputifabsent"),
  /** Map.put used as a value: the key's previous value. */
  MAP_PUT("_jput"),
  /** Set.add used as a value: whether the element was new. */
  SET_ADD("_jadd"),
  /** Set.remove used as a value: whether the element was there. */
  SET_REMOVE("_jremove"),
  /** TreeMap: keys in a list kept sorted by the comparator, found by bisection. */
  TREE_MAP("_TreeMap", JAVA_TEXT),
  /** TreeSet: the keys of a {@code _TreeMap}, as Java builds it. */
  TREE_SET("_TreeSet", TREE_MAP, JAVA_TEXT),
  /** LinkedHashSet: a list in insertion order behind set's methods. */
  LINKED_SET("_LinkedSet", JAVA_TEXT),
  /** Java's Iterator over a list in place, or over a copy of a set or map view. */
  ITERATOR("_JIterator");

  /** The line that starts a helper file's checks; the definition is what comes before it. */
  public static final String CHECKS_MARKER = "# Checks";

  private static final Map<Helper, String> SOURCES = new ConcurrentHashMap<>();

  private final String pythonName;
  private final List<Helper> requires;

  Helper(String pythonName, Helper... requires) {
    this.pythonName = pythonName;
    this.requires = List.of(requires);
  }

  /** The name the module defines, {@code _jdiv}. */
  public String pythonName() {
    return pythonName;
  }

  /** Whether it is the shared module {@code _jmpy.py}, imported rather than defined. */
  public boolean shared() {
    return this == RUNTIME;
  }

  /** The helpers this one's definition uses, defined before it in the module. */
  public List<Helper> requires() {
    return requires;
  }

  /** The definition, printed as written in its resource. */
  public List<PyStmt> definition() {
    return List.of(new PyStmt.Verbatim(source()));
  }

  /** The Python source of the definition: its resource up to the checks. */
  public String source() {
    return SOURCES.computeIfAbsent(this, h -> definitionPart(h.resourceText()));
  }

  /** The whole resource, checks included. */
  public String resourceText() {
    try (InputStream in = Helper.class.getResourceAsStream(pythonName + ".py")) {
      if (in == null) {
        throw new IllegalStateException("no resource " + pythonName + ".py beside Helper");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String definitionPart(String text) {
    int checks = text.startsWith(CHECKS_MARKER) ? 0 : text.indexOf("\n" + CHECKS_MARKER);
    return (checks < 0 ? text : text.substring(0, checks)).stripTrailing() + "\n";
  }
}
