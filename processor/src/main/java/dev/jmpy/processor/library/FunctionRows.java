package dev.jmpy.processor.library;

import dev.jmpy.processor.python.PyExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The combinators of {@code java.util.function}: {@code Predicate.and/or/negate/not},
 * {@code Function.andThen/compose/identity}, {@code UnaryOperator.identity}. A function is a
 * Python callable, so each becomes a lambda; the functions it combines are bound as default
 * values ({@code lambda x, p=p, q=q: p(x) and q(x)}), evaluated once where the combinator is
 * called, as Java evaluates its receiver and argument.
 */
final class FunctionRows implements LibraryRegistry.Rows {
  private static final String PREDICATE = "java.util.function.Predicate#";
  private static final String FUNCTION = "java.util.function.Function#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(PREDICATE + "and", s -> combined(s, "and"))
        .call(PREDICATE + "or", s -> combined(s, "or"))
        .call(PREDICATE + "negate", s -> negated(s.receiver()))
        .call(PREDICATE + "not", s -> negated(s.arg(0)))
        .call(FUNCTION + "andThen", s -> chained(s.receiver(), s.arg(0)))
        .call(FUNCTION + "compose", s -> chained(s.arg(0), s.receiver()))
        .call(FUNCTION + "identity", s -> identity())
        .call("java.util.function.UnaryOperator#identity", s -> identity());
  }

  /** {@code lambda x, p=p, q=q: p(x) and q(x)} (or {@code or}): short-circuits as Java's. */
  private static PyExpr combined(CallSite s, String operator) {
    return lambda(List.of(s.receiver(), s.arg(0)), new PyExpr.BinOp(apply("_p0"), operator,
        apply("_p1")));
  }

  /** {@code lambda x, p=p: not p(x)}. */
  private static PyExpr negated(PyExpr predicate) {
    return lambda(List.of(predicate), new PyExpr.UnaryOp("not", apply("_p0")));
  }

  /** {@code lambda x, f=first, g=then: g(f(x))}. */
  private static PyExpr chained(PyExpr first, PyExpr then) {
    return lambda(List.of(first, then), new PyExpr.Call(new PyExpr.Name("_p1"),
        List.of(apply("_p0"))));
  }

  /** {@code lambda x: x}. */
  private static PyExpr identity() {
    return PyExpr.Lambda.of(List.of("_x"), new PyExpr.Name("_x"));
  }

  /** {@code _pN(_x)}. */
  private static PyExpr apply(String function) {
    return new PyExpr.Call(new PyExpr.Name(function), List.of(new PyExpr.Name("_x")));
  }

  /** {@code lambda _x, _p0=f0, _p1=f1: body}. */
  private static PyExpr lambda(List<PyExpr> functions, PyExpr body) {
    List<PyExpr.Param> params = new ArrayList<>();
    params.add(new PyExpr.Param("_x"));
    for (int i = 0; i < functions.size(); i++) {
      params.add(new PyExpr.Param("_p" + i, functions.get(i)));
    }
    return new PyExpr.Lambda(params, body);
  }
}
