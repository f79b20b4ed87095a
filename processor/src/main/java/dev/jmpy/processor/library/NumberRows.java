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

  /**
   * {@code Boolean.parseBoolean(s)}: true for "true" in any case (MicroPython's {@code lower()}
   * changes ASCII letters only, and no other character is a case variant of t, r, u or e), false
   * for null; the argument evaluated once.
   */
  private static PyExpr parseBoolean(CallSite s) {
    PyExpr arg = s.arg(0);
    PyExpr first = arg;
    if (!(arg instanceof PyExpr.Name)) {
      String temp = s.temporary("text");
      first = new PyExpr.NamedExpr(temp, arg);
      arg = new PyExpr.Name(temp);
    }
    return op(op(first, "is not", literal("None")), "and",
        op(method(arg, "lower"), "==", literal("\"true\"")));
  }

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(INTEGER + "toString", NumberRows::text)
        .call(LONG + "toString", NumberRows::text)
        .call(INTEGER + "parseInt", s -> parse(s, INT_LIMIT))
        .call(LONG + "parseLong", s -> parse(s, LONG_LIMIT))
        .call(INTEGER + "valueOf", s -> Jdk.isString(s.typeOf(s.argument(0)))
            ? parse(s, INT_LIMIT) : s.arg(0))
        .call(LONG + "valueOf", s -> Jdk.isString(s.typeOf(s.argument(0)))
            ? parse(s, LONG_LIMIT) : s.arg(0))
        .call(INTEGER + "parseUnsignedInt", s -> unsignedParse(s, "32"))
        .call(LONG + "parseUnsignedLong", s -> unsignedParse(s, "64"))
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
        // only with a boolean argument: True == 1 in Python, where Java's equals(1) is false
        .call("java.lang.Boolean#equals", s -> s.javaTypes().isBoolean(s.typeOf(s.argument(0)))
            ? op(s.receiver(), "==", s.arg(0)) : null)
        .call("java.lang.Boolean#parseBoolean", NumberRows::parseBoolean)
        .call("java.lang.Boolean#valueOf", s -> Jdk.isString(s.typeOf(s.argument(0)))
            ? parseBoolean(s) : s.arg(0))
        .call("java.lang.Boolean#booleanValue", CallSite::receiver)
        .call("java.lang.Boolean#toString", s -> s.arity() == 1
            ? new PyExpr.IfExp(s.arg(0), literal("\"true\""), literal("\"false\"")) : null)
        // Java's compare is 0, 1 or -1 as false < true, which is Python's bool difference
        .call("java.lang.Boolean#compare", s -> op(s.arg(0), "-", s.arg(1)))
        .call("java.lang.Boolean#logicalAnd", s -> op(s.arg(0), "and", s.arg(1)))
        .call("java.lang.Boolean#logicalOr", s -> op(s.arg(0), "or", s.arg(1)))
        .call("java.lang.Boolean#logicalXor", s -> op(s.arg(0), "!=", s.arg(1)));
    rows.constant(INTEGER + "MAX_VALUE", "2147483647")
        .constant(INTEGER + "MIN_VALUE", "-2147483648")
        .constant(LONG + "MAX_VALUE", "9223372036854775807")
        .constant(LONG + "MIN_VALUE", "-9223372036854775808")
        .constant("java.lang.Short#MAX_VALUE", "32767")
        .constant("java.lang.Short#MIN_VALUE", "-32768")
        .constant("java.lang.Byte#MAX_VALUE", "127")
        .constant("java.lang.Byte#MIN_VALUE", "-128")
        .constant(INTEGER + "SIZE", "32")
        .constant(INTEGER + "BYTES", "4")
        .constant(LONG + "SIZE", "64")
        .constant(LONG + "BYTES", "8")
        .constant("java.lang.Short#SIZE", "16")
        .constant("java.lang.Short#BYTES", "2")
        .constant("java.lang.Byte#SIZE", "8")
        .constant("java.lang.Byte#BYTES", "1")
        .constant("java.lang.Character#SIZE", "16")
        .constant("java.lang.Character#BYTES", "2")
        // Boolean.TRUE and FALSE are the bools a boxed Boolean is on the board
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

  /**
   * {@code _jparse(s, limit[, radix])}: Java's parseInt/parseLong rules and messages (null for
   * the CharSequence overloads with a range, which are not translated).
   */
  private static PyExpr parse(CallSite s, String limit) {
    return switch (s.arity()) {
      case 1 -> new PyExpr.Call(s.helper(Helper.PARSE_INTEGER), List.of(s.arg(0), literal(limit)));
      case 2 -> new PyExpr.Call(s.helper(Helper.PARSE_INTEGER),
          List.of(s.arg(0), literal(limit), s.arg(1)));
      default -> null;
    };
  }

  /** {@code _jparseu(s, bits[, radix])}: the unsigned value's two's complement. */
  private static PyExpr unsignedParse(CallSite s, String bits) {
    List<PyExpr> args = new java.util.ArrayList<>(List.of(s.arg(0), literal(bits)));
    if (s.arity() == 2) {
      args.add(s.arg(1));
    } else if (s.arity() != 1) {
      return null;
    }
    return new PyExpr.Call(s.helper(Helper.PARSE_UNSIGNED), args);
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
