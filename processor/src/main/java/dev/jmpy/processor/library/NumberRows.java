package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code Boolean}: Python ints and
 * bools, with Java's parsing, comparison results, two's-complement text and limits.
 */
final class NumberRows implements LibraryRegistry.Rows {
  private static final String INTEGER = "java.lang.Integer#";
  private static final String LONG = "java.lang.Long#";
  private static final String INT_LIMIT = "2147483648";
  private static final String LONG_LIMIT = "9223372036854775808";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(INTEGER + "toString", NumberRows::text)
        .call(LONG + "toString", NumberRows::text)
        .call(INTEGER + "parseInt", s -> s.arity() == 1 ? parse(s, INT_LIMIT) : null)
        .call(LONG + "parseLong", s -> s.arity() == 1 ? parse(s, LONG_LIMIT) : null)
        .call(INTEGER + "valueOf", s -> Jdk.isString(s.typeOf(s.argument(0)))
            ? parse(s, INT_LIMIT) : s.arg(0))
        .call(INTEGER + "compare", NumberRows::compare)
        .call(LONG + "compare", NumberRows::compare)
        .call(INTEGER + "compareTo", NumberRows::compareTo)
        .call(INTEGER + "equals", s -> op(s.receiver(), "==", s.arg(0)))
        .call(LONG + "equals", s -> op(s.receiver(), "==", s.arg(0)))
        .call(INTEGER + "toHexString", s -> unsigned(s, "%x", "0xFFFFFFFF"))
        .call(INTEGER + "toOctalString", s -> unsigned(s, "%o", "0xFFFFFFFF"))
        .call(INTEGER + "toBinaryString", s -> new PyExpr.Slice(builtin("bin",
            op(s.arg(0), "&", literal("0xFFFFFFFF"))), literal("2"), null))
        .call(LONG + "toHexString", s -> unsigned(s, "%x", "0xFFFFFFFFFFFFFFFF"))
        .call(LONG + "toOctalString", s -> unsigned(s, "%o", "0xFFFFFFFFFFFFFFFF"))
        .call(LONG + "toBinaryString", s -> new PyExpr.Slice(builtin("bin",
            op(s.arg(0), "&", literal("0xFFFFFFFFFFFFFFFF"))), literal("2"), null))
        .call("java.lang.Boolean#parseBoolean", s -> op(op(s.arg(0), "is not", literal("None")),
            "and", op(method(s.arg(0), "lower"), "==", literal("\"true\""))));
    rows.constant(INTEGER + "MAX_VALUE", "2147483647")
        .constant(INTEGER + "MIN_VALUE", "-2147483648")
        .constant(LONG + "MAX_VALUE", "9223372036854775807")
        .constant(LONG + "MIN_VALUE", "-9223372036854775808")
        .constant("java.lang.Short#MAX_VALUE", "32767")
        .constant("java.lang.Short#MIN_VALUE", "-32768")
        .constant("java.lang.Byte#MAX_VALUE", "127")
        .constant("java.lang.Byte#MIN_VALUE", "-128")
        // Boolean's boxes are Python's True and False, as every boolean value is
        .constant("java.lang.Boolean#TRUE", "True")
        .constant("java.lang.Boolean#FALSE", "False");
    rows.reference(INTEGER + "parseInt", (s, onType) -> onType
            ? PyExpr.Lambda.of(List.of("_o"), new PyExpr.Call(s.helper(Helper.PARSE_INTEGER),
                List.of(new PyExpr.Name("_o"), literal(INT_LIMIT)))) : null)
        // The two-argument reducers of merge/reduce: Integer::sum wraps as Java's + does.
        .reference(INTEGER + "sum", (s, onType) -> reducer(s, onType,
            () -> wrapped(s, Helper.WRAP_INT)))
        .reference(LONG + "sum", (s, onType) -> reducer(s, onType,
            () -> wrapped(s, Helper.WRAP_LONG)))
        .reference(INTEGER + "max", (s, onType) -> reducer(s, onType, () -> MathRows.twoArgs("max")))
        .reference(INTEGER + "min", (s, onType) -> reducer(s, onType, () -> MathRows.twoArgs("min")))
        .reference(LONG + "max", (s, onType) -> reducer(s, onType, () -> MathRows.twoArgs("max")))
        .reference(LONG + "min", (s, onType) -> reducer(s, onType, () -> MathRows.twoArgs("min")));
  }

  /** {@code str(v)}, or {@code _jradix(v, radix)} for toString(v, radix). */
  private static PyExpr text(CallSite s) {
    return switch (s.arity()) {
      case 1 -> builtin("str", s.arg(0));
      case 2 -> new PyExpr.Call(s.helper(Helper.RADIX_TEXT), s.args());
      default -> null;
    };
  }

  /** {@code _jparse(s, limit)}: Java's parseInt/parseLong rules and messages. */
  private static PyExpr parse(CallSite s, String limit) {
    return new PyExpr.Call(s.helper(Helper.PARSE_INTEGER), List.of(s.arg(0), literal(limit)));
  }

  /** Integer.compare(a, b): {@code (a > b) - (a < b)}, each argument evaluated once. */
  private static PyExpr compare(CallSite s) {
    String a = s.temporary("a");
    String b = s.temporary("b");
    return sign(a, s.arg(0), b, s.arg(1));
  }

  /** a.compareTo(b) on boxed numbers: -1, 0 or 1, each side evaluated once. */
  private static PyExpr compareTo(CallSite s) {
    String a = s.temporary("a");
    String b = s.temporary("b");
    return sign(a, s.receiver(), b, s.arg(0));
  }

  private static PyExpr sign(String a, PyExpr left, String b, PyExpr right) {
    return op(op(new PyExpr.NamedExpr(a, left), ">", new PyExpr.NamedExpr(b, right)), "-",
        op(new PyExpr.Name(a), "<", new PyExpr.Name(b)));
  }

  /** Java's unsigned text of an int: {@code "%x" % (i & 0xFFFFFFFF)}. */
  private static PyExpr unsigned(CallSite s, String format, String mask) {
    return op(PyExpr.Literal.string(format), "%", op(s.arg(0), "&", literal(mask)));
  }

  private static PyExpr wrapped(CallSite s, Helper wrap) {
    return new PyExpr.Call(s.helper(wrap), List.of(op(new PyExpr.Name("_a"), "+",
        new PyExpr.Name("_b"))));
  }

  /** {@code lambda _a, _b: body} for a two-parameter method named on its type. */
  static PyExpr reducer(CallSite s, boolean onType, Supplier<PyExpr> body) {
    return onType && s.method().getParameters().size() == 2
        ? PyExpr.Lambda.of(List.of("_a", "_b"), body.get()) : null;
  }
}
