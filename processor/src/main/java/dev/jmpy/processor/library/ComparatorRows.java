package dev.jmpy.processor.library;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.util.Comparator}: a comparison function {@code cmp(a, b)}; Comparator.comparing's
 * keys are compared with Python's operators ({@code _jcomparing}), right for numbers and Strings.
 */
final class ComparatorRows implements LibraryRegistry.Rows {
  private static final String COMPARATOR = Jdk.COMPARATOR + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(COMPARATOR + "comparing", s -> s.arity() == 1 ? comparing(s) : byKey(s))
        .call(COMPARATOR + "comparingInt", s -> new PyExpr.Call(s.helper(Helper.COMPARING),
            s.args()))
        .call(COMPARATOR + "comparingLong", s -> new PyExpr.Call(s.helper(Helper.COMPARING),
            s.args()))
        .call(COMPARATOR + "comparingDouble", s -> byDouble(s, null))
        .call(COMPARATOR + "naturalOrder", s -> natural(s, false))
        .call(COMPARATOR + "reverseOrder", s -> natural(s, true))
        .call("java.util.Collections#reverseOrder", s -> s.arity() == 0 ? natural(s, true) : null)
        // lambda a, b, c=cmp: c(b, a)
        .call(COMPARATOR + "reversed", s -> new PyExpr.Lambda(List.of(new PyExpr.Param("a"),
            new PyExpr.Param("b"), new PyExpr.Param("c", s.receiver())),
            new PyExpr.Call(new PyExpr.Name("c"), List.of(new PyExpr.Name("b"),
                new PyExpr.Name("a")))))
        .call(COMPARATOR + "thenComparing", ComparatorRows::thenComparing)
        .call(COMPARATOR + "thenComparingInt", ComparatorRows::thenComparing)
        .call(COMPARATOR + "thenComparingLong", ComparatorRows::thenComparing)
        .call(COMPARATOR + "thenComparingDouble", s -> byDouble(s, s.receiver()))
        .call(COMPARATOR + "nullsFirst", s -> nulls(s, -1))
        .call(COMPARATOR + "nullsLast", s -> nulls(s, 1));
  }

  /** Comparator.naturalOrder() / reverseOrder() as a comparison function. */
  private static PyExpr natural(CallSite s, boolean reversed) {
    TypeMirror compared = NaturalOrder.elementType(s.type());
    return NaturalOrder.comparator(s, compared, reversed, s.node(),
        s.method().getSimpleName() + "()");
  }

  /**
   * Comparator.comparing(key): {@code _jcomparing} compares the keys with Python's operators,
   * right for number and String keys only.
   */
  private static PyExpr comparing(CallSite s) {
    TypeMirror function = s.typeOf(s.argument(0));
    TypeMirror key = function instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 2 ? declared.getTypeArguments().get(1) : null;
    if (key instanceof javax.lang.model.type.WildcardType wildcard
        && wildcard.getExtendsBound() != null) {
      key = wildcard.getExtendsBound();
    }
    if (key != null && !NaturalOrder.isBuiltin(s, key)) {
      // an enum's or a class of yours' natural order: comparing(key, that order)
      PyExpr natural = NaturalOrder.comparator(s, key, false, s.node(),
          ((MethodCallExpr) s.node()).getNameAsString() + "(...)");
      if (natural == CallSite.ERROR) {
        return natural;
      }
      PyExpr k = new PyExpr.Name("k");
      return new PyExpr.Lambda(List.of(new PyExpr.Param("a"), new PyExpr.Param("b"),
          new PyExpr.Param("k", s.arg(0)), new PyExpr.Param("d", natural)),
          new PyExpr.Call(new PyExpr.Name("d"), List.of(
              new PyExpr.Call(k, List.of(new PyExpr.Name("a"))),
              new PyExpr.Call(k, List.of(new PyExpr.Name("b"))))));
    }
    return new PyExpr.Call(s.helper(Helper.COMPARING), s.args());
  }

  /**
   * {@code lambda a, b, c=first, d=next: c(a, b) or d(a, b)}; with a key and the keys' comparator,
   * {@code thenComparing(key, cmp)}: {@code lambda a, b, c=first, k=key, d=cmp: c(a, b) or
   * d(k(a), k(b))}.
   */
  private static PyExpr thenComparing(CallSite s) {
    PyExpr a = new PyExpr.Name("a");
    PyExpr b = new PyExpr.Name("b");
    if (s.arity() == 2) {
      PyExpr k = new PyExpr.Name("k");
      return new PyExpr.Lambda(List.of(new PyExpr.Param("a"), new PyExpr.Param("b"),
          new PyExpr.Param("c", s.receiver()), new PyExpr.Param("k", s.arg(0)),
          new PyExpr.Param("d", s.arg(1))), new PyExpr.BinOp(
          new PyExpr.Call(new PyExpr.Name("c"), List.of(a, b)), "or",
          new PyExpr.Call(new PyExpr.Name("d"), List.of(new PyExpr.Call(k, List.of(a)),
              new PyExpr.Call(k, List.of(b))))));
    }
    boolean comparator = s.method().getParameters().get(0).asType().toString()
        .startsWith(Jdk.COMPARATOR);
    PyExpr next = comparator ? s.arg(0) : comparing(s);
    return new PyExpr.Lambda(List.of(new PyExpr.Param("a"), new PyExpr.Param("b"),
        new PyExpr.Param("c", s.receiver()), new PyExpr.Param("d", next)), new PyExpr.BinOp(
        new PyExpr.Call(new PyExpr.Name("c"), List.of(a, b)), "or",
        new PyExpr.Call(new PyExpr.Name("d"), List.of(a, b))));
  }

  /** Comparator.comparing(key, cmp): {@code lambda a, b, k=key, d=cmp: d(k(a), k(b))}. */
  private static PyExpr byKey(CallSite s) {
    PyExpr k = new PyExpr.Name("k");
    return new PyExpr.Lambda(List.of(new PyExpr.Param("a"), new PyExpr.Param("b"),
        new PyExpr.Param("k", s.arg(0)), new PyExpr.Param("d", s.arg(1))),
        new PyExpr.Call(new PyExpr.Name("d"), List.of(
            new PyExpr.Call(k, List.of(new PyExpr.Name("a"))),
            new PyExpr.Call(k, List.of(new PyExpr.Name("b"))))));
  }

  /**
   * comparingDouble(key) (first null) and thenComparingDouble(key): the keys compared as
   * Double.compare does ({@code _jfcmp}: -0.0 below 0.0, NaN above all), {@code lambda a, b,
   * [c=first, ]k=key: [c(a, b) or ]_jfcmp(k(a), k(b))}.
   */
  private static PyExpr byDouble(CallSite s, PyExpr first) {
    PyExpr a = new PyExpr.Name("a");
    PyExpr b = new PyExpr.Name("b");
    PyExpr k = new PyExpr.Name("k");
    PyExpr keys = new PyExpr.Call(s.helper(Helper.FLOAT_COMPARE), List.of(
        new PyExpr.Call(k, List.of(a)), new PyExpr.Call(k, List.of(b))));
    List<PyExpr.Param> params = new java.util.ArrayList<>(List.of(new PyExpr.Param("a"),
        new PyExpr.Param("b")));
    if (first != null) {
      params.add(new PyExpr.Param("c", first));
      keys = new PyExpr.BinOp(new PyExpr.Call(new PyExpr.Name("c"), List.of(a, b)), "or", keys);
    }
    params.add(new PyExpr.Param("k", s.arg(0)));
    return new PyExpr.Lambda(params, keys);
  }

  /**
   * Comparator.nullsFirst(cmp) (nullsLast: signs swapped): {@code lambda a, b, c=cmp: (0 if b is
   * None else -1) if a is None else (1 if b is None else c(a, b))}.
   */
  private static PyExpr nulls(CallSite s, int sign) {
    PyExpr a = new PyExpr.Name("a");
    PyExpr b = new PyExpr.Name("b");
    PyExpr none = new PyExpr.Name("None");
    PyExpr bNull = new PyExpr.BinOp(b, "is", none);
    return new PyExpr.Lambda(List.of(new PyExpr.Param("a"), new PyExpr.Param("b"),
        new PyExpr.Param("c", s.arg(0))), new PyExpr.IfExp(new PyExpr.BinOp(a, "is", none),
            new PyExpr.IfExp(bNull, Forms.literal("0"), Forms.literal(String.valueOf(sign))),
            new PyExpr.IfExp(bNull, Forms.literal(String.valueOf(-sign)),
                new PyExpr.Call(new PyExpr.Name("c"), List.of(a, b)))));
  }
}
