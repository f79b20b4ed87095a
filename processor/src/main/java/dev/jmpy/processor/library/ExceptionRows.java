package dev.jmpy.processor.library;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * JDK exception classes and the MicroPython builtin exception each one is raised and caught as.
 * The hierarchies differ; each row keeps Java's catch behaviour for the exceptions translated code
 * raises, and docs/semantics.md lists the differences (a catch of RuntimeException also catches
 * user-declared checked exceptions, since Python has no checked exceptions). {@code new E(msg)}
 * of one of them raises the builtin; {@code getMessage()} reads Python's {@code args}.
 */
public final class ExceptionRows implements LibraryRegistry.Rows {
  private static final Map<String, String> BUILTINS = Map.ofEntries(
      Map.entry("java.lang.Throwable", "BaseException"),
      Map.entry("java.lang.Error", "BaseException"),
      Map.entry("java.lang.Exception", "Exception"),
      Map.entry("java.lang.RuntimeException", "Exception"),
      Map.entry("java.lang.IllegalArgumentException", "ValueError"),
      Map.entry("java.lang.IllegalStateException", "RuntimeError"),
      Map.entry("java.lang.UnsupportedOperationException", "NotImplementedError"),
      Map.entry("java.lang.ArithmeticException", "ZeroDivisionError"),
      Map.entry("java.lang.IndexOutOfBoundsException", "IndexError"),
      Map.entry("java.lang.ArrayIndexOutOfBoundsException", "IndexError"),
      Map.entry("java.lang.StringIndexOutOfBoundsException", "IndexError"),
      Map.entry("java.lang.ClassCastException", "TypeError"),
      // What the board raises for a member read or a method call on None.
      Map.entry("java.lang.NullPointerException", "AttributeError"),
      Map.entry("java.util.NoSuchElementException", "KeyError"),
      // Sockets: OSError on the board (CPython's ConnectionError family are OSErrors too).
      Map.entry("java.io.IOException", "OSError"),
      Map.entry("java.net.ConnectException", "OSError"),
      Map.entry("java.io.EOFException", "EOFError"));
  /**
   * Java's exceptions that no builtin matches, classes of the shared runtime {@code _jmpy}: each
   * subclasses what its Java superclass maps to, so a catch of the superclass still catches it.
   */
  private static final Map<String, String> SHARED = Map.of(
      "java.lang.NumberFormatException", "NumberFormatException",
      "java.lang.NegativeArraySizeException", "NegativeArraySizeException",
      "java.util.InputMismatchException", "InputMismatchException",
      "java.lang.AssertionError", "AssertionError");

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(Jdk.THROWABLE + "#getMessage", ExceptionRows::message)
        // NullPointerException overrides it (Java's helpful messages)
        .call("java.lang.NullPointerException#getMessage", ExceptionRows::message);
    for (String exception : union()) {
      rows.creation(exception, s -> {
        if (s.arity() > 1) {
          return null;
        }
        if (exception.equals("java.lang.AssertionError") && s.arity() == 1
            && !Jdk.isString(s.typeOf(s.argument(0)))) {
          return null; // new AssertionError(value): its message is the value's text; not mapped
        }
        return new PyExpr.Call(pythonClass(exception, s::helper).orElseThrow(), s.args());
      });
    }
  }

  private static java.util.Set<String> union() {
    java.util.Set<String> all = new java.util.TreeSet<>(BUILTINS.keySet());
    all.addAll(SHARED.keySet());
    return all;
  }

  /** Python keeps the message in args; a Java exception made without one has null. */
  private static PyExpr message(CallSite s) {
    PyExpr args = new PyExpr.Attribute(s.receiver(), "args");
    return new PyExpr.IfExp(args, new PyExpr.Subscript(args, new PyExpr.Literal("0")),
        new PyExpr.Literal("None"));
  }

  /**
   * The Python class of a JDK exception class, if jmpy maps it: a builtin ({@code ValueError}), or
   * a class of the shared runtime ({@code _jmpy.NumberFormatException}), which {@code helper}
   * imports.
   */
  public static Optional<PyExpr> pythonClass(TypeElement type, Function<Helper, PyExpr> helper) {
    return pythonClass(type.getQualifiedName().toString(), helper);
  }

  private static Optional<PyExpr> pythonClass(String type, Function<Helper, PyExpr> helper) {
    if (SHARED.containsKey(type)) {
      return Optional.of(new PyExpr.Attribute(helper.apply(Helper.RUNTIME), SHARED.get(type)));
    }
    return Optional.ofNullable(BUILTINS.get(type)).map(PyExpr.Name::new);
  }

  /** Whether {@code type} is a Throwable (its text is not printed the way Java prints it). */
  public static boolean isThrowable(TypeMirror type) {
    TypeMirror t = type;
    while (t instanceof DeclaredType declared) {
      TypeElement element = (TypeElement) declared.asElement();
      if (element.getQualifiedName().contentEquals(Jdk.THROWABLE)) {
        return true;
      }
      t = element.getSuperclass();
    }
    return false;
  }
}
