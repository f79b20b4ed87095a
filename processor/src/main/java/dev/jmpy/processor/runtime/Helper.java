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
  /**
   * Java's text of a String, a boxed integer or an object of yours that may be null: "null", else
   * str(v) (the small cousin of _jstr, for values that are never a bool or a collection).
   */
  NULLABLE_TEXT("_jnstr"),
  /**
   * Java's text of a collection whose elements print as {@link #NULLABLE_TEXT} does (Strings, boxed
   * numbers, objects of yours): _jstr without its cases for booleans and nested collections.
   */
  ELEMENTS_TEXT("_jlstr"),
  /** Java prints a Map.Entry as key=value; an entry is a (key, value) tuple, which _jstr prints as a list. */
  ENTRY_TEXT("_jentry", JAVA_TEXT),
  /** Arrays.fill: the range checked as Java checks it, filled by doubling slice copies. */
  ARRAY_FILL("_jfill"),
  /** Arrays.deepToString: nested lists and typed arrays, each element as Java prints it. */
  DEEP_TEXT("_jdeepstr", JAVA_TEXT),
  /** new String(bytes, UTF_8): Java's decoding, malformed input replaced by U+FFFD. */
  UTF8_DECODE("_jutf8"),
  /** String.getChars: the ranges checked as Java checks them, the chars stored as code units. */
  GET_CHARS("_jgetchars"),
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
  ITERATOR("_JIterator", RUNTIME),
  /** A lambda or method reference given as an Iterable: for-each walks its iterator(). */
  ITERABLE_FUNCTION("_JIterable"),
  /** A Java regular expression of the simple forms, compiled, and Matcher.find over it. */
  REGEX("_jre"),
  /** String.split(regex, limit): Java's rules for empty matches and trailing empty strings. */
  REGEX_SPLIT("_jre_split", REGEX),
  /** String.replaceAll / replaceFirst: Java's matches and replacement text ($0, \\x). */
  REGEX_REPLACE("_jre_replace", REGEX),
  /** String.matches: the whole string matches the regex. */
  REGEX_MATCHES("_jre_matches", REGEX),
  /** String.strip / stripLeading / stripTrailing / isBlank: Java's isWhitespace, not Python's. */
  STRIP("_jstrip"),
  /** String.lines(): \\n, \\r and \\r\\n end a line; no empty line after the last one. */
  LINES("_jlines"),
  /** String.regionMatches: false (not a shorter slice) when a region lies outside its string. */
  REGION_MATCHES("_jregion"),
  /** String.startsWith(prefix, offset): false for an offset outside the string. */
  STARTS_WITH("_jstartswith"),
  /** String.repeat: a negative count is an error. */
  REPEAT("_jrepeat"),
  /** StringBuilder.replace / delete: the end is cut to the length, then Java's bounds check. */
  BUILDER_REPLACE("_jsbreplace"),
  /** StringBuilder.setLength: cuts, or pads with '\\0'. */
  BUILDER_SET_LENGTH("_jsblength"),
  /** substring with Java's bounds check (StringBuilder.substring). */
  SUBSTRING("_jsubstring"),
  /** List.lastIndexOf / Stack.search: the last index of an equal element, or -1. */
  LAST_INDEX("_jlastindex"),
  /** Java's hashCode of null, Boolean, Integer, String, Lists of them, your classes' hashCode(). */
  HASH_CODE("_jhashcode", STRING_HASH),
  /** List.remove(Object): the first equal element, and whether there was one. */
  LIST_REMOVE("_jlistremove"),
  /** List.subList used at once (a copy) or cleared, with Java's index checks. */
  SUB_LIST("_jsublist"),
  /** Collection.removeIf used as a value: whether anything was removed. */
  REMOVE_IF("_jremoveif"),
  /** Collections.max / min: the first best element (NoSuchElementException when empty). */
  EXTREME("_jextreme"),
  /** An unmodifiable list (Collections.emptyList, nCopies, Stream.toList): changes throw. */
  IMMUTABLE_LIST("_ImmutableList", RUNTIME),
  /** List.of / List.copyOf: unmodifiable, null refused. */
  LIST_OF("_ListOf", IMMUTABLE_LIST),
  /** Collections.unmodifiableList: a live read-only view of a list. */
  LIST_VIEW("_ListView", IMMUTABLE_LIST),
  /** Collections.nCopies: the count checked as Java checks it. */
  N_COPIES("_jncopies", IMMUTABLE_LIST),
  /** Set.of / Set.copyOf: unmodifiable, null and (for of) duplicates refused. */
  SET_OF("_SetOf", JAVA_TEXT, RUNTIME),
  /** Map.of / ofEntries / copyOf: unmodifiable, null and duplicate keys refused. */
  MAP_OF("_MapOf", JAVA_TEXT, RUNTIME),
  /** Comparable.compareTo on a type variable: dispatched on the value at run time. */
  COMPARE_TO("_jcompareto", STRING_COMPARE),
  /** System.arraycopy with Java's bounds checks (overlap copied as Java does). */
  ARRAY_COPY("_jarraycopy"),
  /** java.nio.ByteBuffer: a position and a limit over an array("b"), values packed by struct. */
  BYTE_BUFFER("_ByteBuffer", RUNTIME),
  /** java.io.ByteArrayOutputStream: a growing bytearray, copied out as an array("b"). */
  BYTE_OUTPUT("_ByteArrayOutputStream", UTF8_DECODE),
  /** java.util.PriorityQueue: Java's binary heap, so iteration order and text are Java's. */
  PRIORITY_QUEUE("_PriorityQueue", RUNTIME),
  /** Objects.requireNonNull: the value, or NullPointerException (AttributeError). */
  NON_NULL("_jnonnull"),
  /** Enum.valueOf: IllegalArgumentException naming the enum where a dict lookup raises KeyError. */
  ENUM_VALUE_OF("_jvalueof"),
  /** EnumSet.range: the constants between two, IllegalArgumentException when out of order. */
  ENUM_RANGE("_jenumrange"),
  /** The decimal Float/Double.toString picks for a float's exact value (shortest, then nearest). */
  FLOAT_DECIMAL("_jdec"),
  /** Float.toString / Double.toString from the value's bits (MicroPython's float text is not Java's). */
  FLOAT_TEXT("_jfstr", FLOAT_DECIMAL),
  /**
   * Java's text of a value seen as Object or a type variable, decided at run time: a float by its
   * bits, an exception by its Java class, a (key, value) tuple as a Map.Entry, collections element
   * by element (a char is never seen so: JMPY180).
   */
  OBJECT_TEXT("_jotext", JAVA_TEXT, FLOAT_TEXT, RUNTIME),
  /** Collection.toArray(a): into a when it is long enough (a null after the last), else a new one. */
  COLLECTION_TO_ARRAY("_jtoarray"),
  /** Object.equals through Object or T: ==, but a null receiver throws and Floats compare by bits. */
  OBJECT_EQUALS("_jeq"),
  /** String.format's %f, %e, %g: the shortest decimal rounded half up, Java's flags and width. */
  FLOAT_FORMAT("_jfmt", FLOAT_DECIMAL),
  /** (int) / (long) of a float: NaN is 0, saturating at the bounds (int() raises or grows). */
  FLOAT_TO_INT("_jf2i"),
  /** (float) of a long beyond 32 bits: rounded once, to nearest even. */
  LONG_TO_FLOAT("_jl2f"),
  /** Float division: by zero an infinity or NaN (MicroPython raises ZeroDivisionError). */
  FLOAT_DIV("_jfdiv"),
  /** Float remainder: math.fmod, NaN where Java's is (Python's % floors). */
  FLOAT_REM("_jfrem"),
  /** Math.round of a float or double: floor(x + 1/2) exactly, saturating (round() is half-even). */
  FLOAT_ROUND("_jfround"),
  /** Math.min of floats: NaN wins, -0.0 below 0.0. */
  FLOAT_MIN("_jfmin"),
  /** Math.max of floats: NaN wins, 0.0 above -0.0. */
  FLOAT_MAX("_jfmax"),
  /** Math.signum of a float: a float, zeros and NaN kept. */
  FLOAT_SIGNUM("_jfsignum"),
  /** (float) Math.floor: a float (math.floor gives an int and raises for infinities). */
  FLOAT_FLOOR("_jffloor"),
  /** (float) Math.ceil: a float, -0.0 in (-1, 0). */
  FLOAT_CEIL("_jfceil"),
  /** (float) Math.sqrt: NaN below zero (math.sqrt raises). */
  FLOAT_SQRT("_jfsqrt"),
  /** Float.floatToIntBits (and Float.hashCode): the bits, NaN canonical. */
  FLOAT_BITS("_jfbits"),
  /** Float.compare: -0.0 below 0.0, NaN above all and equal to itself. */
  FLOAT_COMPARE("_jfcmp", FLOAT_BITS),
  /** Float.intBitsToFloat. */
  BITS_FLOAT("_jbitsf"),
  /** Float.parseFloat / Double.parseDouble: Java's syntax, rounded exactly. */
  FLOAT_PARSE("_jfparse", RUNTIME),
  /** Integer/Long.numberOfLeadingZeros (MicroPython's int has no bit_length). */
  LEADING_ZEROS("_jnlz"),
  /** Integer/Long.numberOfTrailingZeros. */
  TRAILING_ZEROS("_jntz"),
  /** Integer/Long.highestOneBit of the two's complement, signed. */
  HIGHEST_ONE_BIT("_jhob"),
  /** Integer/Long.rotateLeft and rotateRight in Java's width. */
  ROTATE("_jrot"),
  /** Integer/Long.reverse and reverseBytes. */
  REVERSE_BITS("_jrev"),
  /** Integer/Long.toString(v, radix): lowercase digits (Python has no radix text beyond 16). */
  RADIX_TEXT("_jradix"),
  /** Character.isLetter/isUpperCase/isLowerCase/isWhitespace... with Java's Latin-1 answers. */
  CHAR_TYPE("_jctype"),
  /** Character.digit(c, radix). */
  CHAR_DIGIT("_jdigit"),
  /** Character.forDigit(digit, radix). */
  FOR_DIGIT("_jfordigit"),
  /** Character.getNumericValue. */
  NUMERIC_VALUE("_jnumval"),
  /** Math.addExact, multiplyExact, ...: ArithmeticException where Java's result overflows. */
  EXACT("_jexact"),
  /** Math.clamp of integers, with Java's IllegalArgumentException. */
  CLAMP("_jclamp"),
  /** java.util.Scanner over System.in (sys.stdin) or a String: Java's tokens and exceptions. */
  SCANNER("_JScanner", RUNTIME, FLOAT_PARSE),
  /** java.util.StringJoiner: pieces joined between a prefix and a suffix, an empty value. */
  STRING_JOINER("_JStringJoiner"),
  /** java.util.BitSet: the bits in one int, Java's checks, size(), text and hash. */
  BIT_SET("_JBitSet", RUNTIME),
  /** java.util.Random: Java's generator, so a seed gives Java's sequence. */
  RANDOM("_JRandom"),
  /** java.security.SecureRandom: Java's algorithms over the board's random bits (os.urandom). */
  SECURE_RANDOM("_JSecureRandom", RANDOM),
  /** Collections.shuffle: Java's algorithm over a _JRandom, so a seed gives Java's order. */
  SHUFFLE("_jshuffle", RANDOM),
  /** new BigInteger(s, radix): Java's syntax. */
  BIG_PARSE("_jbigparse", RUNTIME),
  /** BigInteger.modPow/mod/modInverse: Java's results and exceptions. */
  MOD_POW("_jmodpow"),
  /** BigInteger.gcd (MicroPython's math has no gcd). */
  GCD("_jgcd"),
  /** BigInteger.bitLength. */
  BIT_LENGTH("_jbitlen"),
  /** BigInteger.pow with Java's exception for a negative exponent. */
  BIG_POW("_jbigpow"),
  /** Arrays.copyOf / copyOfRange: a slice of the same kind padded with Java's zeros, Java's checks. */
  ARRAY_COPY_OF("_jcopyof", RUNTIME),
  /** Java's Arrays.rangeCheck of [from, to). */
  RANGE_CHECK("_jrangecheck"),
  /** Arrays/Collections.binarySearch: Java's steps and insertion point. */
  BINARY_SEARCH("_jbsearch", RANGE_CHECK),
  /** Arrays.sort(a, from, to[, cmp]): the range checked, then sorted in place. */
  SORT_RANGE("_jsortrange", RANGE_CHECK, STABLE_SORT),
  /** List.getFirst/getLast/removeFirst/removeLast: NoSuchElementException when empty. */
  LIST_END("_jend"),
  /** Stream.reduce: with or without an identity (None for an empty Optional). */
  REDUCE("_jreduce"),
  /** Stream.iterate(seed, [hasNext,] next) with limit(n): Java's calls of next and hasNext. */
  ITERATE("_jiterate"),
  /** IntStream/LongStream.average: the sum as a double over the count, None when empty. */
  AVERAGE("_javg"),
  /** Stream.limit / skip: a negative count is IllegalArgumentException. */
  COUNT("_jcount"),
  /** Stream.distinct: the first of equal elements, in order. */
  DISTINCT("_jdistinct"),
  /** Collectors.toMap: Java's IllegalStateException for a duplicate key. */
  TO_MAP("_jtomap", RUNTIME),
  /** Collectors.groupingBy(f[, counting()]): lists (or counts) by key. */
  GROUPING("_jgroup"),
  /** Collectors.partitioningBy: false's elements, then true's, each through the downstream. */
  PARTITION("_jpartition"),
  /** Integer.parseUnsignedInt / Long.parseUnsignedLong: Java's syntax and messages. */
  PARSE_UNSIGNED("_jparseu", PARSE_INTEGER, RUNTIME),
  /** Character.toChars: a char[] of one code unit, or a surrogate pair. */
  TO_CHARS("_jtochars"),
  /** Math.pow: Java's infinities and NaN where math.pow raises or C's pow differs. */
  POW("_jpow"),
  /** Math.log / log10: -Infinity at zero, NaN below (math.log raises). */
  LOG("_jlog"),
  /** Math.sin / cos / tan: NaN of an infinity (math.sin raises). */
  TRIG("_jtrig"),
  /** Math.asin / acos: NaN outside [-1, 1] (math.asin raises). */
  ARC("_jarc"),
  /** Math.exp: Infinity on overflow (math.exp raises). */
  EXP("_jexp"),
  /** Math.hypot (MicroPython's math has none). */
  HYPOT("_jhypot"),
  /** Math.cbrt (MicroPython's math has none; x ** (1/3) misses exact cubes). */
  CBRT("_jcbrt"),
  /** BigInteger.shiftLeft/shiftRight by a distance that may be negative (Python raises). */
  BIG_SHIFT("_jbigshift"),
  /** BigInteger.sqrt: the integer square root, Java's exception below zero. */
  BIG_SQRT("_jbigsqrt");

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
