package dev.jmpy.processor.library;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The small Python shapes the rows share: {@code len(x)}, {@code x.m(a)}, {@code len(x) == 0}. */
final class Forms {
  private Forms() {}

  static PyExpr literal(String source) {
    return new PyExpr.Literal(source);
  }

  static PyExpr name(String id) {
    return new PyExpr.Name(id);
  }

  /** {@code name(args)}, a builtin function. */
  static PyExpr builtin(String name, PyExpr... args) {
    return builtin(name, Arrays.asList(args));
  }

  static PyExpr builtin(String name, List<PyExpr> args) {
    return new PyExpr.Call(new PyExpr.Name(name), List.copyOf(args));
  }

  /** {@code target.name(args)}. */
  static PyExpr method(PyExpr target, String name, PyExpr... args) {
    return new PyExpr.Call(new PyExpr.Attribute(target, name), List.of(args));
  }

  static PyExpr op(PyExpr left, String op, PyExpr right) {
    return new PyExpr.BinOp(left, op, right);
  }

  /** {@code len(x) == 0}. */
  static PyExpr isEmpty(PyExpr x) {
    return op(builtin("len", x), "==", literal("0"));
  }

  /** {@code x in container}. */
  static PyExpr contains(PyExpr container, PyExpr x) {
    return op(x, "in", container);
  }

  static PyExpr item(PyExpr value, String index) {
    return new PyExpr.Subscript(value, literal(index));
  }

  /**
   * A StringBuilder (a list of pieces) as one string: {@code "".join(sb)}; a new builder of one
   * piece ({@code new StringBuilder().append(a).append(b).toString()}) is that piece.
   */
  static PyExpr joined(PyExpr builder) {
    if (builder instanceof PyExpr.ListExpr list && list.elements().size() == 1) {
      return list.elements().get(0);
    }
    return method(literal("\"\""), "join", builder);
  }

  /** A helper applied to the receiver and the arguments. */
  static PyExpr helperOnReceiver(CallSite site, Helper helper) {
    List<PyExpr> all = new ArrayList<>();
    all.add(site.receiver());
    all.addAll(site.args());
    return new PyExpr.Call(site.helper(helper), all);
  }

  /** A helper applied to the arguments. */
  static PyExpr helper(CallSite site, Helper helper, List<PyExpr> args) {
    return new PyExpr.Call(site.helper(helper), List.copyOf(args));
  }

  /**
   * A list's add / a deque's offer, true in Java and None in Python: used as a value,
   * {@code (lst.append(x) or True)}.
   */
  static PyExpr alwaysTrue(CallSite site, PyExpr call) {
    return site.valueUsed() ? op(call, "or", literal("True")) : call;
  }

  /**
   * {@code value} for two uses: itself twice when reading it has no effect (a name, a literal), else
   * {@code (_t := value)} then {@code _t}, so it is evaluated once, as in Java.
   */
  static PyExpr[] once(CallSite site, PyExpr value, String base) {
    if (value instanceof PyExpr.Name || value instanceof PyExpr.Literal) {
      return new PyExpr[] {value, value};
    }
    String temp = site.temporary(base);
    return new PyExpr[] {new PyExpr.NamedExpr(temp, value), new PyExpr.Name(temp)};
  }

  /**
   * Whether evaluating {@code e} can have an effect another argument could see (a call, an
   * assignment, {@code ++}, an object creation).
   */
  static boolean hasEffects(com.github.javaparser.ast.expr.Expression e) {
    return e.findFirst(com.github.javaparser.ast.Node.class, n ->
        n instanceof com.github.javaparser.ast.expr.MethodCallExpr
            || n instanceof com.github.javaparser.ast.expr.AssignExpr
            || n instanceof com.github.javaparser.ast.expr.ObjectCreationExpr
            || (n instanceof com.github.javaparser.ast.expr.UnaryExpr u
                && (u.getOperator().name().contains("CREMENT")))).isPresent();
  }
}
