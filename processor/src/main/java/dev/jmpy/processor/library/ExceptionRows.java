package dev.jmpy.processor.library;

import dev.jmpy.processor.python.PyExpr;
import java.util.Map;
import java.util.Optional;
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
      Map.entry("java.lang.NumberFormatException", "ValueError"),
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

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(Jdk.THROWABLE + "#getMessage", ExceptionRows::message)
        // NullPointerException overrides it (Java's helpful messages)
        .call("java.lang.NullPointerException#getMessage", ExceptionRows::message);
    for (Map.Entry<String, String> exception : BUILTINS.entrySet()) {
      rows.creation(exception.getKey(), s -> {
        if (s.arity() > 1) {
          return null;
        }
        return new PyExpr.Call(new PyExpr.Name(exception.getValue()), s.args());
      });
    }
  }

  /** Python keeps the message in args; a Java exception made without one has null. */
  private static PyExpr message(CallSite s) {
    PyExpr args = new PyExpr.Attribute(s.receiver(), "args");
    return new PyExpr.IfExp(args, new PyExpr.Subscript(args, new PyExpr.Literal("0")),
        new PyExpr.Literal("None"));
  }

  /** The Python builtin for a JDK exception class, if jmpy maps it. */
  public static Optional<String> builtin(TypeElement type) {
    return Optional.ofNullable(BUILTINS.get(type.getQualifiedName().toString()));
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
