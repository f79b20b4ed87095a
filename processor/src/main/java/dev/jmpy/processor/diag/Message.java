package dev.jmpy.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every message jmpy prints, with its stable code. {@code docs/diagnostics.md} lists them; tests
 * assert on the codes. Each error says what to write instead.
 */
public enum Message {
  INTERNAL_ERROR("JMPY001", Diagnostic.Kind.ERROR,
      "jmpy could not translate %s because of an internal error (%s); no module was written. "
          + "Please report this with the class that triggers it"),
  SOURCE_UNAVAILABLE("JMPY002", Diagnostic.Kind.ERROR,
      "jmpy cannot read the source of %s; translate classes from source files, not class files"),
  PARSE_FAILED("JMPY003", Diagnostic.Kind.ERROR,
      "jmpy could not parse this file as Java 21: %s"),
  NOT_JAVAC("JMPY004", Diagnostic.Kind.ERROR,
      "jmpy needs javac's compiler API (com.sun.source) to translate %s; run the processor "
          + "with javac (Maven's compiler plugin, or javac itself)"),
  TYPE_UNKNOWN("JMPY005", Diagnostic.Kind.ERROR,
      "jmpy could not determine the type of '%s', which decides its translation; no module was "
          + "written. Please report this with the code that triggers it"),

  COROUTINE_CALL_OUTSIDE_COROUTINE("JMPY010", Diagnostic.Kind.ERROR,
      "%s is a @Coroutine and can only be awaited inside a @Coroutine method (Python: 'await' "
          + "outside async function); mark the calling method @Coroutine, or start the coroutine "
          + "with Asyncio.run(() -> %s) or Asyncio.createTask(() -> %s)"),
  NESTED_RUN("JMPY011", Diagnostic.Kind.ERROR,
      "Asyncio.run (or the loop's run_until_complete / run_forever) inside a @Coroutine crashes "
          + "MicroPython (the inner run resets the loop); "
          + "await the coroutine directly instead"),
  COROUTINE_OBJECT_SHAPE("JMPY012", Diagnostic.Kind.ERROR,
      "a coroutine object must be a lambda whose body is one call to one of your @Coroutine "
          + "methods, like () -> count(\"A\", 3), or a reference to one, like App::mainTask; %s"),
  PLAIN_COROUTINE_FUNCTION("JMPY013", Diagnostic.Kind.ERROR,
      "%s is not a @Coroutine, and a %s must be a coroutine function: on MicroPython a plain "
          + "function there kills the server task (TypeError: coroutine expected); mark it "
          + "@Coroutine"),
  COROUTINE_OVERRIDE_MISMATCH("JMPY014", Diagnostic.Kind.ERROR,
      "%s %s a @Coroutine but the method it overrides in %s %s: a call through %3$s would be "
          + "awaited by that method's kind (MicroPython gets a generator object, or awaits a plain "
          + "value); mark both @Coroutine or neither"),
  BLOCKING_IN_COROUTINE("JMPY015", Diagnostic.Kind.ERROR,
      "%s blocks the whole board while it waits: inside a @Coroutine no other task would run "
          + "meanwhile; write %s instead"),
  TICK_ARITHMETIC("JMPY016", Diagnostic.Kind.ERROR,
      "'%s' computes with a tick count (time.ticks_ms() and the like wrap at 2^30 on the ESP32, "
          + "so this goes wrong at the wrap); use Time.ticksDiff(end, start) to measure and "
          + "compare, Time.ticksAdd(ticks, delta) to move a deadline"),

  /** An internal mismatch: javac gave no symbol or scope where jmpy needs one. */
  UNRESOLVED("JMPY007", Diagnostic.Kind.ERROR,
      "%s is not translated: %s; no module was written. Please report this with the code that "
          + "triggers it"),

  LOCK_HOLD("JMPY018", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  UNSUPPORTED_RESOURCE("JMPY019", Diagnostic.Kind.ERROR, "%s is not supported by jmpy yet; %s"),
  COMPUTED_ARGUMENT("JMPY017", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),

  UNSUPPORTED_STATEMENT("JMPY020", Diagnostic.Kind.ERROR,
      "%s is not supported by jmpy yet; %s"),
  UNSUPPORTED_EXPRESSION("JMPY021", Diagnostic.Kind.ERROR,
      "%s is not supported by jmpy yet; %s"),
  UNSUPPORTED_DECLARATION("JMPY023", Diagnostic.Kind.ERROR,
      "%s is not supported by jmpy yet; %s"),
  OVERLOADED_METHOD("JMPY024", Diagnostic.Kind.ERROR,
      "%s is overloaded with the same number of parameters as another, and the Python "
          + "class's __init__ tells its constructors apart by their number of arguments; give them "
          + "different numbers of parameters, or use static factory methods"),
  VARARGS_CONSTRUCTOR("JMPY034", Diagnostic.Kind.ERROR,
      "a varargs constructor beside other constructors is not supported: the Python class's "
          + "__init__ tells its constructors apart by their number of arguments; give the class "
          + "one constructor, or use static factory methods"),
  UNMAPPED_LIBRARY_CALL("JMPY025", Diagnostic.Kind.ERROR,
      "%s has no MicroPython translation in jmpy yet; %s"),
  UNSUPPORTED_STRING_CONVERSION("JMPY026", Diagnostic.Kind.ERROR,
      "converting a %s to text is not translated by jmpy, since MicroPython would print it "
          + "differently from Java (a char in a collection as its int code, a StringBuilder as "
          + "its list of pieces, an array without Java's identity text); %s"),
  UNTRANSLATED_CLASS("JMPY027", Diagnostic.Kind.ERROR,
      "%s is neither translated by jmpy nor a MicroPython stub; annotate it @MicroPython, or "
          + "declare the MicroPython module it stands for with @PyModule"),
  NESTED_STATIC("JMPY029", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  SHADOWS_MICROPYTHON_MODULE("JMPY028", Diagnostic.Kind.ERROR,
      "the generated %s would hide MicroPython's own '%s' module on the board (the board's "
          + "folder comes first on sys.path); rename the %s"),

  NO_THREADS("JMPY030", Diagnostic.Kind.ERROR,
      "%s has no meaning in MicroPython asyncio, where tasks switch only at awaits; %s"),
  NO_MONITORS("JMPY031", Diagnostic.Kind.ERROR,
      "%s has no meaning in MicroPython asyncio, where tasks switch only at awaits; %s"),
  NO_REFLECTION("JMPY032", Diagnostic.Kind.ERROR,
      "%s is Java reflection, which MicroPython does not have; %s"),

  SWITCH_FLOW("JMPY036", Diagnostic.Kind.ERROR, "%s is not supported by jmpy yet; %s"),
  TYPE_TEST("JMPY038", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  /** A char seen as Object or as a type variable, where the board would take it for an Integer. */
  CHAR_ERASED("JMPY180", Diagnostic.Kind.ERROR,
      "%s becomes %s here: on the board a char is its int code unit, which jmpy prints and "
          + "compares as a char only where its static type is char or Character, so as %2$s it "
          + "would act as an Integer (97 for 'a'); %s"),
  /** A StringBuilder seen as Object or a type variable, where the board has a list of pieces. */
  BOX_TEST_AMBIGUOUS("JMPY181", Diagnostic.Kind.ERROR,
      "%s, and %s: on the board Integer, Long, Short and Byte are one int type, so the test "
          + "could not tell them apart; keep the %s values typed where this program sees them as "
          + "Object (a %4$s variable, a List<%4$s>, a Map<String, %4$s>), or test instanceof "
          + "Number and read the value with longValue()"),
  BUILDER_ERASED("JMPY182", Diagnostic.Kind.ERROR,
      "%s becomes %s here: on the board a StringBuilder is a list of the pieces appended to it, "
          + "which jmpy joins only where its static type is StringBuilder or CharSequence, so as "
          + "%2$s it would print as a list; pass sb.toString()"),

  STRING_IDENTITY("JMPY040", Diagnostic.Kind.WARNING,
      "== compares String identity, in Java as in Python ('is'); use equals() to compare text"),

  MAY_OVERFLOW("JMPY041", Diagnostic.Kind.WARNING,
      "this %s can overflow, where Java wraps around and MicroPython's integers grow "
          + "(-Ajmpy.intOverflow=python); remove the option to emulate Java's wrap-around"),

  DOUBLE_ON_SINGLE_PRECISION("JMPY110", Diagnostic.Kind.ERROR,
      "%s is a double, and the ESP32's MicroPython computes in single precision (Java's float), "
          + "so the board would print other digits than the JVM; %s, or compile with "
          + "-Ajmpy.floatPrecision=double for double-precision firmware"),

  FLOAT_ON_DOUBLE_PRECISION("JMPY111", Diagnostic.Kind.ERROR,
      "%s is a float, and with -Ajmpy.floatPrecision=double the board computes in double "
          + "precision, so a float computation would round differently there; %s"),

  SECONDS_ON_SINGLE_PRECISION("JMPY112", Diagnostic.Kind.ERROR,
      "%s seconds: %s; write %s"),

  NO_BIG_DECIMAL("JMPY113", Diagnostic.Kind.ERROR,
      "%s is java.math.BigDecimal, which jmpy does not translate: MicroPython has no decimal "
          + "arithmetic, and BigDecimal's scale rules (2.0 not equals 2.00, divide throwing for "
          + "1/3 without a MathContext, E notation in toString, rounding modes) would each need "
          + "emulating; %s"),

  AMBIGUOUS_MAIN("JMPY050", Diagnostic.Kind.WARNING,
      "no main.py was written: %s declare main(String[]); name the entry point with "
          + "-Ajmpy.main=<qualified class name>"),
  UNKNOWN_MAIN("JMPY051", Diagnostic.Kind.ERROR,
      "-Ajmpy.main=%s does not name a translated class with public static void main(String[])"),
  COULD_NOT_WRITE("JMPY052", Diagnostic.Kind.ERROR,
      "jmpy could not write %s: %s"),

  OPERATOR("JMPY080", Diagnostic.Kind.ERROR, "%s is not supported by jmpy yet; %s"),
  FORMAT("JMPY081", Diagnostic.Kind.ERROR, "%s is not supported by jmpy yet; %s"),
  STREAM_SHAPE("JMPY082", Diagnostic.Kind.ERROR, "%s is not supported by jmpy yet; %s"),
  LIST_KEYS("JMPY085", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  LAMBDA_TARGET("JMPY086", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  RECORD_HASH("JMPY087", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  STATIC_ONLY_CLASS("JMPY088", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  /** A Scanner over something else than System.in or a String. */
  SCANNER_SOURCE("JMPY160", Diagnostic.Kind.ERROR,
      "%s is not translated by jmpy: on the board a Scanner reads the REPL's standard input "
          + "(sys.stdin) or a String; %s"),
  /** System.currentTimeMillis/nanoTime: the host's clock. */
  HOST_CLOCK("JMPY161", Diagnostic.Kind.ERROR,
      "%s reads the host's clock, which is not the board's (an ESP32 counts from its boot and "
          + "knows the date only once it is set), and a test could not run it in virtual time; %s"),
  /** System.exit: a board soft-resets and runs main.py again. */
  SYSTEM_EXIT("JMPY162", Diagnostic.Kind.ERROR,
      "%s ends the JVM, but on a board sys.exit() in main.py makes MicroPython soft-reset and run "
          + "main.py again; %s"),
  /** A creation jmpy cannot name the constructor at: it shares its arity with another. */
  CONSTRUCTOR_KEY("JMPY120", Diagnostic.Kind.ERROR, "%s is not supported by jmpy; %s"),
  /** A nested class's static initialisation that could be seen to run at import, not first use. */
  NESTED_STATIC_EFFECT("JMPY121", Diagnostic.Kind.ERROR,
      "the static initialisation of %s %s: Java runs it when %s is first used, jmpy when its "
          + "module is imported, so the program would see it happen earlier; compute the value in "
          + "a static method called where it is needed, or initialise the field without it"),
  /** Two nested classes' statics that would be the same module-level name. */
  NESTED_STATIC_CLASH("JMPY122", Diagnostic.Kind.ERROR,
      "%s would be the module-level name %s, which %s already is (the statics of nested classes "
          + "are module-level names of the top-level class's module, prefixed with their class's "
          + "name); rename one of them"),

  UNKNOWN_NATURAL_ORDER("JMPY060", Diagnostic.Kind.ERROR,
      "%s orders %s by their natural order (compareTo), which jmpy cannot see here; %s"),
  SORTED_VIEW_KEPT("JMPY061", Diagnostic.Kind.ERROR,
      "%s is a live view of the sorted collection in Java (changes pass through both ways), and "
          + "a copy in MicroPython; use it in the same expression (iterate, print or query it), or "
          + "copy it explicitly: %s"),
  ITERATOR_SOURCE("JMPY062", Diagnostic.Kind.ERROR,
      "an Iterator over %s is not supported by jmpy; %s"),
  UNSUPPORTED_REGEX("JMPY063", Diagnostic.Kind.ERROR,
      "%s uses %s, beyond the regular expressions jmpy translates exactly (%s); %s"),
  LIST_VIEW_KEPT("JMPY064", Diagnostic.Kind.ERROR,
      "%s is a live view of the list in Java (a change through either shows in both), and a copy "
          + "in MicroPython; use it in the same expression (iterate, print, query or copy it, or "
          + "clear() it to remove the range), or copy it explicitly: %s"),
  HASH_NOT_REPRODUCED("JMPY065", Diagnostic.Kind.ERROR,
      "%s needs Java's hash code of %s, which jmpy does not reproduce on the board: %s; hash "
          + "Integers, Strings, Booleans, Lists of them, or your classes with a hashCode()"),

  UNKNOWN_OPTION("JMPY070", Diagnostic.Kind.ERROR,
      "-A%s is not one of jmpy's options; %s"),
  BAD_OPTION_VALUE("JMPY071", Diagnostic.Kind.ERROR,
      "-A%s=%s is not a value jmpy accepts; %s"),
  NO_MODULE_WRITTEN("JMPY072", Diagnostic.Kind.WARNING,
      "jmpy wrote no module for %s: javac stopped before attributing it, and jmpy translates a "
          + "class once javac has; compile it fully (not with -proc:only) to get its module"),

  LONE_SURROGATE("JMPY090", Diagnostic.Kind.ERROR,
      "a lone surrogate (\\u%04X, half of a UTF-16 pair without the other half) in this "
          + "string is not text on MicroPython: its strings are UTF-8, and the board would print "
          + "other bytes than Java's '?'; write the whole character (both halves in this "
          + "literal), or keep the code unit as a char, an int"),
  PYTHON_KEYWORD_NAME("JMPY091", Diagnostic.Kind.ERROR,
      "%s is a Python keyword, which jmpy cannot rename there (%s); choose another name"),
  DOLLAR_IN_NAME("JMPY092", Diagnostic.Kind.ERROR,
      "the name %s holds a $, which no Python name may; write it without the $"),
  MODULE_COLLISION("JMPY093", Diagnostic.Kind.ERROR,
      "%s becomes the MicroPython module %s, which collides with the module of %s: module names "
          + "are snake_case in lower case (FooBar and Foo_Bar are both foo_bar.py), and a package "
          + "folder hides a module of its name on the board; rename one of the classes (or move it "
          + "to another package)"),
  PY_NAME_VALUE("JMPY095", Diagnostic.Kind.ERROR,
      "@PyName(%s) is not a name jmpy can write into the module; give %s"),
  NAME_TOO_LONG("JMPY094", Diagnostic.Kind.ERROR,
      "%s is too long for MicroPython: %s; shorten it"),
  IDENTITY_TEXT("JMPY130", Diagnostic.Kind.ERROR,
      "%s has no toString()/hashCode() of its own, so Java gives its class name and identity hash "
          + "(pkg.Sensor@1b6d3586), an address-like number MicroPython cannot reproduce; %s"),
  INFINITE_STREAM("JMPY150", Diagnostic.Kind.ERROR,
      "Stream.%s() makes an infinite stream, which jmpy's eager pipelines (each stage a list) "
          + "cannot hold; %s"),
  STREAM_OPERAND("JMPY151", Diagnostic.Kind.ERROR,
      "%s cannot be exact on the board: %s; %s"),
  ARRAY_IDENTITY_TEXT("JMPY100", Diagnostic.Kind.ERROR,
      "the text of a %s is its type and identity hash in Java ([I@1b6d3586), which MicroPython "
          + "cannot reproduce; %s");

  private final String code;
  private final Diagnostic.Kind kind;
  private final String template;

  Message(String code, Diagnostic.Kind kind, String template) {
    this.code = code;
    this.kind = kind;
    this.template = template;
  }

  /** The stable code, e.g. {@code JMPY010}. */
  public String code() {
    return code;
  }

  /** Error, warning or note. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The text as printed: {@code [JMPY010] ...}. */
  public String format(Object... args) {
    return "[" + code + "] " + String.format(template, args);
  }
}
