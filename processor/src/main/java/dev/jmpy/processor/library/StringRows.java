package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.isEmpty;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.stream.IntStream;

/** {@code java.lang.String}: Python's str, with Java's results where they differ. */
final class StringRows implements LibraryRegistry.Rows {
  private static final String STRING = Jdk.STRING + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(STRING + "length", s -> builtin("len", s.receiver()))
        .call(STRING + "isEmpty", s -> isEmpty(s.receiver()))
        .call(STRING + "isBlank", s -> op(strip(s, s.receiver(), true, false), "==",
            literal("\"\"")))
        .call(STRING + "equals", s -> op(s.receiver(), "==", s.arg(0)))
        .call(STRING + "equalsIgnoreCase", StringRows::equalsIgnoreCase)
        // Java compares the chars case-folded, by their difference (ASCII letters: lower())
        .constant(STRING + "CASE_INSENSITIVE_ORDER",
            "lambda a, b: _jstrcmp(a.lower(), b.lower())", Helper.STRING_COMPARE)
        .call(STRING + "compareToIgnoreCase", s -> new PyExpr.Call(
            s.helper(Helper.STRING_COMPARE), List.of(method(s.receiver(), "lower"),
                method(s.arg(0), "lower"))))
        .call(STRING + "valueOf", s -> s.arity() == 1
            && !TypedArrays.isArrayOf(s.typeOf(s.argument(0)), javax.lang.model.type.TypeKind.CHAR)
            ? s.text(s.argument(0)) : StringArrayRows.fromChars(s))
        .call(STRING + "charAt", s -> builtin("ord", Indexes.subscript(s.range(s.argument(0)),
            s.receiver(), s.arg(0), s::temporary)))
        .call(STRING + "substring", s -> new PyExpr.Slice(s.receiver(), s.arg(0),
            s.arity() == 2 ? s.arg(1) : null))
        .call(STRING + "toUpperCase", s -> s.arity() == 0 || Locales.caseLikeRoot(s)
            ? method(s.receiver(), "upper") : null)
        .call(STRING + "toLowerCase", s -> s.arity() == 0 || Locales.caseLikeRoot(s)
            ? method(s.receiver(), "lower") : null)
        .call(STRING + "trim", s -> method(s.receiver(), "strip"))
        .call(STRING + "strip", s -> strip(s, s.receiver(), true, true))
        .call(STRING + "stripLeading", s -> strip(s, s.receiver(), true, false))
        .call(STRING + "stripTrailing", s -> strip(s, s.receiver(), false, true))
        .call(STRING + "startsWith", StringRows::startsWith)
        .call(STRING + "regionMatches", StringRows::regionMatches)
        .call(STRING + "endsWith", s -> method(s.receiver(), "endswith", s.arg(0)))
        .call(STRING + "contains", s -> op(s.arg(0), "in", s.receiver()))
        .call(STRING + "indexOf", s -> s.arity() == 1
            ? method(s.receiver(), "find", sought(s))
            : method(s.receiver(), "find", sought(s), nonNegative(s, 1)))
        .call(STRING + "lastIndexOf", s -> s.arity() == 1
            ? method(s.receiver(), "rfind", sought(s)) : null)
        .call(STRING + "replace", s -> method(s.receiver(), "replace", s.text(s.argument(0)),
            s.text(s.argument(1))))
        .call(STRING + "repeat", StringRows::repeat)
        .call(STRING + "concat", s -> op(s.receiver(), "+", s.arg(0)))
        .call(STRING + "hashCode", s -> new PyExpr.Call(s.helper(Helper.STRING_HASH),
            List.of(s.receiver())))
        .call(STRING + "compareTo", s -> new PyExpr.Call(s.helper(Helper.STRING_COMPARE),
            List.of(s.receiver(), s.arg(0))))
        .call(STRING + "join", StringRows::join);
    rows.reference(STRING + "length", (s, onType) -> onType
            ? PyExpr.Lambda.of(List.of("_o"), builtin("len", new PyExpr.Name("_o"))) : null)
        .reference(STRING + "toUpperCase", (s, onType) -> onType ? onObject("upper") : null)
        .reference(STRING + "toLowerCase", (s, onType) -> onType ? onObject("lower") : null)
        .reference(STRING + "trim", (s, onType) -> onType ? onObject("strip") : null)
        .reference(STRING + "strip", (s, onType) -> onType ? PyExpr.Lambda.of(List.of("_o"),
            strip(s, new PyExpr.Name("_o"), true, true)) : null)
        .reference(STRING + "isBlank", (s, onType) -> onType ? PyExpr.Lambda.of(List.of("_o"),
            op(strip(s, new PyExpr.Name("_o"), true, false), "==", literal("\"\""))) : null)
        .reference(STRING + "isEmpty", (s, onType) -> onType
            ? PyExpr.Lambda.of(List.of("_o"), isEmpty(new PyExpr.Name("_o"))) : null);
  }

  /** {@code lambda _o: _o.name()}. */
  private static PyExpr onObject(String name) {
    return PyExpr.Lambda.of(List.of("_o"), method(new PyExpr.Name("_o"), name));
  }

  /** {@code _jstrip(s, lead, trail)}: Java's whitespace (Python's strip() knows fewer). */
  private static PyExpr strip(CallSite s, PyExpr text, boolean lead, boolean trail) {
    return new PyExpr.Call(s.helper(Helper.STRIP), List.of(text,
        literal(lead ? "True" : "False"), literal(trail ? "True" : "False")));
  }

  /**
   * {@code s.startswith(p)}; with an offset, Python's own only for a literal offset and a
   * non-empty literal prefix (Python reads a negative offset from the end, and finds "" past
   * the end), else {@code _jstartswith(s, p, offset)}.
   */
  private static PyExpr startsWith(CallSite s) {
    if (s.arity() == 1) {
      return method(s.receiver(), "startswith", s.arg(0));
    }
    if (s.argument(1) instanceof IntegerLiteralExpr && s.argument(0) instanceof StringLiteralExpr p
        && !p.asString().isEmpty()) {
      return method(s.receiver(), "startswith", s.arg(0), s.arg(1));
    }
    return Forms.helperOnReceiver(s, Helper.STARTS_WITH);
  }

  /** {@code _jregion(s, ignoreCase, offset, other, otherOffset, length)}. */
  private static PyExpr regionMatches(CallSite s) {
    List<PyExpr> args = new java.util.ArrayList<>();
    args.add(s.receiver());
    if (s.arity() == 4) {
      args.add(literal("False"));
    }
    args.addAll(s.args());
    return new PyExpr.Call(s.helper(Helper.REGION_MATCHES), args);
  }

  /** {@code s * n} when n cannot be negative, else {@code _jrepeat(s, n)} (Java throws). */
  private static PyExpr repeat(CallSite s) {
    dev.jmpy.processor.analysis.IntRanges.Range count = s.range(s.argument(0));
    if (count != null && count.lo() >= 0) {
      return op(s.receiver(), "*", s.arg(0));
    }
    return Forms.helperOnReceiver(s, Helper.REPEAT);
  }

  /** {@code StandardCharsets.UTF_8}, the one charset translated. */
  static boolean isUtf8(Expression e) {
    return e.toString().equals("StandardCharsets.UTF_8") || e.toString().equals("UTF_8")
        || e.toString().equals("java.nio.charset.StandardCharsets.UTF_8");
  }

  /** Argument {@code i}, a start index, as Java reads it: a negative one counts as 0. */
  private static PyExpr nonNegative(CallSite s, int i) {
    if (s.argument(i) instanceof IntegerLiteralExpr) {
      return s.arg(i);
    }
    return builtin("max", s.arg(i), literal("0"));
  }

  /** {@code a.equalsIgnoreCase(b)}: false for a null b (Java), where None.lower() would fail. */
  private static PyExpr equalsIgnoreCase(CallSite s) {
    PyExpr receiver = method(s.receiver(), "lower");
    if (s.isNonNull(s.argument(0))) {
      return op(receiver, "==", method(s.arg(0), "lower"));
    }
    // the receiver first, as Java evaluates it; str == None is False
    PyExpr[] other = Forms.once(s, s.arg(0), "other");
    return op(receiver, "==", new PyExpr.IfExp(op(other[0], "is not", literal("None")),
        method(other[1], "lower"), literal("None")));
  }

  /** Java joins null elements as "null"; Python's join refuses None. */
  private static PyExpr join(CallSite s) {
    if (s.arity() == 2 && !Jdk.isString(s.typeOf(s.argument(1)))) {
      return method(s.arg(0), "join", new PyExpr.ListComp(new PyExpr.Call(
          s.helper(Helper.JAVA_TEXT), List.of(new PyExpr.Name("_s"))), "_s", s.arg(1), null));
    }
    return method(s.arg(0), "join", new PyExpr.ListExpr(
        IntStream.range(1, s.arity()).mapToObj(i -> s.text(s.argument(i))).toList()));
  }

  /**
   * What indexOf/lastIndexOf look for: a String, or the character whose code indexOf(int ch)
   * takes (an int from chars() is a code, not text: str(99) would look for "99"); a char is text already.
   */
  private static PyExpr sought(CallSite s) {
    if (s.method().getParameters().get(0).asType().getKind() == javax.lang.model.type.TypeKind.INT
        && s.typeOf(s.argument(0)).getKind() != javax.lang.model.type.TypeKind.CHAR) {
      return new PyExpr.Call(new PyExpr.Name("chr"), List.of(s.arg(0)));
    }
    return s.text(s.argument(0));
  }
}
