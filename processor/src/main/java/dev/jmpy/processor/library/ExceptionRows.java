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
 * JDK exception classes: the class of the shared runtime {@code _jmpy} that {@code new E(...)} and
 * {@code extends E} use (each subclasses the builtin a catch of E names, and prints as Java
 * prints it), and the Python class {@code catch (E e)} and {@code instanceof E} test for: a
 * builtin where the board or jmpy's helpers raise it too (an IndexError of an index, an
 * AttributeError of a null), the {@code _jmpy} class where a builtin would also catch something
 * else (TypeError, RuntimeError). Throwable's methods are {@code _jmpy} functions, which work on
 * the builtins too. docs/semantics.md lists the differences (a catch of RuntimeException also
 * catches user-declared checked exceptions, since Python has no checked exceptions).
 */
public final class ExceptionRows implements LibraryRegistry.Rows {
  /** What a catch names, where it is a builtin: the board and helpers raise these themselves. */
  private static final Map<String, String> BUILTINS = Map.ofEntries(
      Map.entry("java.lang.Throwable", "BaseException"),
      Map.entry("java.lang.Error", "BaseException"),
      Map.entry("java.lang.Exception", "Exception"),
      Map.entry("java.lang.RuntimeException", "Exception"),
      Map.entry("java.lang.IllegalArgumentException", "ValueError"),
      // The board's APIs raise RuntimeError where Java throws it (a deinit PWM).
      Map.entry("java.lang.IllegalStateException", "RuntimeError"),
      Map.entry("java.lang.ArithmeticException", "ZeroDivisionError"),
      Map.entry("java.lang.IndexOutOfBoundsException", "IndexError"),
      Map.entry("java.lang.ArrayIndexOutOfBoundsException", "IndexError"),
      Map.entry("java.lang.StringIndexOutOfBoundsException", "IndexError"),
      // What the board raises for a member read or a method call on None.
      Map.entry("java.lang.NullPointerException", "AttributeError"),
      Map.entry("java.util.NoSuchElementException", "KeyError"),
      // Sockets: OSError on the board (CPython's ConnectionError family are OSErrors too).
      Map.entry("java.io.IOException", "OSError"),
      Map.entry("java.net.ConnectException", "OSError"),
      Map.entry("java.io.EOFException", "EOFError"));
  /**
   * Caught as the {@code _jmpy} class itself: no builtin matches Java's place in the hierarchy
   * (TypeError is also what the board raises for None in arithmetic; NotImplementedError is a
   * RuntimeError, which IllegalStateException's catch names).
   */
  private static final java.util.Set<String> SHARED = java.util.Set.of(
      "java.lang.NumberFormatException", "java.lang.NegativeArraySizeException",
      "java.lang.UnsupportedOperationException", "java.lang.ClassCastException",
      "java.nio.BufferUnderflowException", "java.nio.BufferOverflowException",
      "java.util.InputMismatchException", "java.lang.AssertionError");
  /** The message of the (int index) constructors. */
  private static final Map<String, String> INDEX_MESSAGES = Map.of(
      "java.lang.IndexOutOfBoundsException", "Index out of range: ",
      "java.lang.ArrayIndexOutOfBoundsException", "Array index out of range: ",
      "java.lang.StringIndexOutOfBoundsException", "String index out of range: ");

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    String t = Jdk.THROWABLE + "#";
    rows.call(t + "getMessage", ExceptionRows::message)
        .call(t + "getLocalizedMessage", ExceptionRows::message)
        // NullPointerException overrides it (Java's helpful messages)
        .call("java.lang.NullPointerException#getMessage", ExceptionRows::message)
        .call(t + "toString", s -> runtime(s, "text", s.receiver()))
        .call(t + "getCause", s -> runtime(s, "cause", s.receiver()))
        .call(t + "initCause", s -> runtime(s, "init_cause", s.receiver(), s.arg(0)))
        .call(t + "addSuppressed", s -> runtime(s, "add_suppressed", s.receiver(), s.arg(0)))
        .call(t + "getSuppressed", s -> runtime(s, "suppressed", s.receiver()))
        .call(t + "printStackTrace", s -> s.arity() != 0 ? null
            : runtime(s, "print_trace", s.receiver()));
    for (String exception : union()) {
      rows.creation(exception, s -> {
        if (exception.equals("java.lang.AssertionError") && s.arity() == 1
            && !Jdk.isString(s.typeOf(s.argument(0)))) {
          return null; // new AssertionError(value): its message is the value's text; not mapped
        }
        return creation(exception, s);
      });
    }
  }

  /** {@code new E()}, {@code new E(msg)}, {@code new E(msg, cause)}, {@code new E(cause)}. */
  private static PyExpr creation(String exception, CallSite s) {
    PyExpr cls = raisedClass(exception, s::helper);
    if (s.arity() > 2) {
      return null;
    }
    if (s.arity() == 1) {
      TypeMirror parameter = s.method().getParameters().get(0).asType();
      if (parameter.getKind() == javax.lang.model.type.TypeKind.INT
          && INDEX_MESSAGES.containsKey(exception)) {
        return new PyExpr.Call(cls, java.util.List.of(new PyExpr.BinOp(
            new PyExpr.Literal("\"" + INDEX_MESSAGES.get(exception) + "\""), "+",
            new PyExpr.Call(new PyExpr.Name("str"), java.util.List.of(s.arg(0))))));
      }
      if (!Jdk.isString(parameter) && !exception.equals("java.lang.AssertionError")) {
        // (cause): Java's message is the cause's toString(), or null
        return new PyExpr.Call(cls, java.util.List.of(new PyExpr.Starred(
            runtime(s, "caused", s.arg(0)))));
      }
    }
    return new PyExpr.Call(cls, s.args());
  }

  private static PyExpr runtime(CallSite s, String function, PyExpr... args) {
    return new PyExpr.Call(new PyExpr.Attribute(s.helper(Helper.RUNTIME), function),
        java.util.List.of(args));
  }

  private static java.util.Set<String> union() {
    java.util.Set<String> all = new java.util.TreeSet<>(BUILTINS.keySet());
    all.addAll(SHARED);
    return all;
  }

  /**
   * The arguments of {@code super(cause)} in a class extending a JDK exception ({@code argument}
   * the type of its one argument): as {@code new E(cause)} passes them; {@code args} otherwise.
   */
  public static java.util.List<PyExpr> superArguments(java.util.List<TypeMirror> argumentTypes,
      java.util.List<PyExpr> args, Function<Helper, PyExpr> helper) {
    if (args.size() != 1 || argumentTypes.size() != 1 || argumentTypes.get(0) == null
        || !isThrowable(argumentTypes.get(0))) {
      return args;
    }
    return java.util.List.of(new PyExpr.Starred(new PyExpr.Call(new PyExpr.Attribute(
        helper.apply(Helper.RUNTIME), "caused"), args)));
  }

  /** Python keeps the message in args; a Java exception made without one has null. */
  private static PyExpr message(CallSite s) {
    PyExpr args = new PyExpr.Attribute(s.receiver(), "args");
    return new PyExpr.IfExp(args, new PyExpr.Subscript(args, new PyExpr.Literal("0")),
        new PyExpr.Literal("None"));
  }

  /**
   * The Python class a catch of (or an instanceof test for) a JDK exception class names, if jmpy
   * maps it: a builtin ({@code ValueError}), or a class of the shared runtime
   * ({@code _jmpy.ClassCastException}), which {@code helper} imports.
   */
  public static Optional<PyExpr> pythonClass(TypeElement type, Function<Helper, PyExpr> helper) {
    String name = type.getQualifiedName().toString();
    if (SHARED.contains(name)) {
      return Optional.of(raisedClass(name, helper));
    }
    return Optional.ofNullable(BUILTINS.get(name)).map(PyExpr.Name::new);
  }

  /**
   * The class {@code new E(...)} makes and a class of yours extending E extends: the shared
   * runtime's {@code _jmpy.E}, a subclass of what {@link #pythonClass} names.
   */
  public static Optional<PyExpr> baseClass(TypeElement type, Function<Helper, PyExpr> helper) {
    String name = type.getQualifiedName().toString();
    return BUILTINS.containsKey(name) || SHARED.contains(name)
        ? Optional.of(raisedClass(name, helper)) : Optional.empty();
  }

  private static PyExpr raisedClass(String type, Function<Helper, PyExpr> helper) {
    return new PyExpr.Attribute(helper.apply(Helper.RUNTIME),
        type.substring(type.lastIndexOf('.') + 1));
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
