package dev.jmpy.processor.library;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.Statement;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A call of a JDK method or constructor (or a method reference to one) being translated, as the
 * library rows see it: its Java parts, and the translation's services (its sub-expressions'
 * Python, temporaries, helpers, imports, diagnostics). The translator implements it; the library
 * knows the translator only through it.
 */
public interface CallSite {
  /** What a rejected translation leaves in place; the module is discarded anyway. */
  PyExpr ERROR = new PyExpr.Name("None");

  /** A function argument applied to one element: the loop variable and the result. */
  record Applied(String variable, PyExpr result) {}

  /** The call, creation or method reference: where messages go. */
  Node node();

  /** The method or constructor javac bound. */
  ExecutableElement method();

  /** The receiver's Java expression ({@code xs} in {@code xs.add(x)}), if written. */
  Optional<Expression> scope();

  /** The arguments' Java expressions. */
  List<Expression> arguments();

  default Expression argument(int i) {
    return arguments().get(i);
  }

  default int arity() {
    return arguments().size();
  }

  /** The receiver in Python ({@code self} for an unqualified call). */
  PyExpr receiver();

  /** Argument {@code i} in Python. */
  default PyExpr arg(int i) {
    return translate(argument(i));
  }

  /** The arguments in Python. */
  default List<PyExpr> args() {
    return arguments().stream().map(this::translate).toList();
  }

  /** Any Java expression in Python. */
  PyExpr translate(Expression e);

  /** {@code e} as Java's string conversion gives it (a char as its letter, null as "null"). */
  PyExpr text(Expression e);

  /** {@code e} as an argument of {@code print}. */
  PyExpr printable(Expression e);

  /** A function argument (lambda, method reference, value) applied to one element. */
  Applied apply(Expression function);

  /** A statement (a lambda's body, inlined) in Python. */
  List<PyStmt> body(Statement statement);

  /** The Python name of the local or parameter {@code javaName}. */
  String local(String javaName);

  /** A fresh local for jmpy's own use. */
  String temporary(String base);

  /** Uses a helper; the module will define it. */
  PyExpr helper(Helper helper);

  /** A reference to the MicroPython module {@code name} ({@code sys}), imported. */
  PyExpr module(String name);

  /**
   * A {@code byte[]} argument where MicroPython takes any buffer: bytes a stub returned or
   * {@code s.getBytes()} pass as Python bytes, anything else is the array.
   */
  PyExpr buffer(Expression e);

  /**
   * Whether this call's {@code byte[]} result is a buffer argument of MicroPython (written to a
   * stream, decoded): Python bytes serve, no {@code array("b")} copy is needed.
   */
  boolean wantsRawBytes();

  /** MicroPython's {@code array.array} as this module names it ({@link TypedArrays}), imported. */
  PyExpr arrayClass();

  /** The Python class of one of your classes (an enum's, for its constants), imported if needed. */
  PyExpr userClass(javax.lang.model.element.TypeElement type);

  /** Whether {@code e} can never be null (a literal, a new array, a local only assigned those). */
  boolean isNonNull(Expression e);

  /** The static type of {@code e}, or null. */
  TypeMirror typeOf(Expression e);

  /** The static type of {@code e}; null after reporting that javac recorded none. */
  TypeMirror requireType(Expression e);

  /** The static type of the call's value. */
  TypeMirror type();

  /** The symbol {@code node} refers to. */
  Optional<Element> element(Node node);

  /** What a method reference's qualifier denotes ({@code System.out} in System.out::println). */
  Optional<Element> referenceQualifier();

  /** Reports {@code message} at the call; returns {@link #ERROR}. */
  default PyExpr reject(Message message, Object... args) {
    return rejectAt(node(), message, args);
  }

  /** Reports {@code message} at {@code at}; returns {@link #ERROR}. */
  PyExpr rejectAt(Node at, Message message, Object... args);

  /** What {@code e} can evaluate to, or null when unknown. */
  IntRanges.Range range(Expression e);

  /** {@code value} wrapped to Java's int or long width unless {@code range} stays within it. */
  PyExpr wrapIfNeeded(PyExpr value, IntRanges.Range range, TypeMirror type, String what);

  /** The Python name of a method of a translated class ({@code compareTo} → {@code compare_to}). */
  String memberName(ExecutableElement method);

  /** Whether the call is inside an {@code async def}. */
  boolean async();

  JavaTypes javaTypes();

  Types types();

  Elements elements();

  /** Whether {@code element} is written in the sources being compiled (not implicit, not a JDK's). */
  boolean hasSource(Element element);

  /**
   * Whether the Python class of {@code type}, a class of yours, keeps Java's simple name in
   * {@code _jsimple}, since {@code type(o).__name__} is not it (an anonymous or renamed class, or
   * one extending such a class).
   */
  boolean carriesSimpleName(javax.lang.model.element.TypeElement type);

  /** Whether {@code type} is a subtype of the erasure of class {@code qualifiedName}. */
  default boolean isA(TypeMirror type, String qualifiedName) {
    return javaTypes().isSubtypeOf(type, elements().getTypeElement(qualifiedName));
  }

  /**
   * Whether the call's value is used: not a statement of its own (a lambda's expression body
   * counts as used, it may be a Predicate's result).
   */
  default boolean valueUsed() {
    return !(node().getParentNode().orElse(null)
            instanceof com.github.javaparser.ast.stmt.ExpressionStmt stmt)
        || stmt.getParentNode().orElse(null) instanceof com.github.javaparser.ast.expr.LambdaExpr;
  }
}
