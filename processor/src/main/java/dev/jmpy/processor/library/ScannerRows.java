package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.method;

import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.util.Scanner} over {@code System.in} or a String: {@code _JScanner()} reads
 * {@code sys.stdin} (on a board, the REPL's UART) a line at a time, {@code _JScanner(text)} a
 * string; Java's tokens, numbers (English locale) and exceptions (NoSuchElementException,
 * InputMismatchException). A Scanner is a context manager, so try-with-resources closes it.
 */
public final class ScannerRows implements LibraryRegistry.Rows {
  static final String SCANNER = "java.util.Scanner";

  /** Java's method → the helper's: each takes no argument (a radix or a pattern is not mapped). */
  private static final Map<String, String> METHODS = Map.ofEntries(
      Map.entry("next", "next"), Map.entry("nextInt", "next_int"),
      Map.entry("nextLong", "next_long"), Map.entry("nextDouble", "next_double"),
      Map.entry("nextBoolean", "next_boolean"), Map.entry("nextLine", "next_line"),
      Map.entry("hasNext", "has_next"), Map.entry("hasNextInt", "has_next_int"),
      Map.entry("hasNextLong", "has_next_long"), Map.entry("hasNextDouble", "has_next_double"),
      Map.entry("hasNextBoolean", "has_next_boolean"), Map.entry("hasNextLine", "has_next_line"),
      Map.entry("close", "close"));

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation(SCANNER, ScannerRows::create);
    METHODS.forEach((java, python) -> rows.call(SCANNER + "#" + java,
        s -> s.arity() == 0 ? method(s.receiver(), python) : null));
    rows.instead(SCANNER, name -> "jmpy translates next(), nextInt(), nextLong(), nextDouble(), "
        + "nextBoolean(), nextLine(), their hasNext forms and close(), without a radix or a pattern; "
        + "read a token with next() and convert it");
  }

  /** {@code new Scanner(System.in)} → {@code _JScanner()}; {@code new Scanner(text)} → {@code _JScanner(text)}. */
  private static PyExpr create(CallSite s) {
    if (s.arity() == 1 && Jdk.isString(s.typeOf(s.argument(0)))) {
      return new PyExpr.Call(s.helper(Helper.SCANNER), List.of(s.arg(0)));
    }
    if (s.arity() == 1 && isSystemIn(s.element(s.argument(0)).orElse(null))) {
      return new PyExpr.Call(s.helper(Helper.SCANNER), List.of());
    }
    return s.reject(Message.SCANNER_SOURCE, "a Scanner over " + (s.arity() == 1
        ? s.typeOf(s.argument(0)).toString() : "these arguments"),
        "read System.in (new Scanner(System.in)) or a String (new Scanner(text))");
  }

  private static boolean isSystemIn(Element element) {
    return element != null && element.getKind() == ElementKind.FIELD
        && element.getSimpleName().contentEquals("in")
        && ((TypeElement) element.getEnclosingElement()).getQualifiedName()
            .contentEquals("java.lang.System");
  }

  /** Whether a try-with-resources may hold a value of {@code type}: a Scanner, a context manager. */
  public static boolean isClosedByWith(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(SCANNER);
  }
}
