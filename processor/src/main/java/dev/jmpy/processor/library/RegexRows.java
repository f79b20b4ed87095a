package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.helper;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * The String methods that take a regular expression: {@code split}, {@code replaceAll},
 * {@code replaceFirst}, {@code matches}. A pattern that is plain text ({@code ","},
 * {@code "\\."}, {@code " \\| "}) becomes Python's own string methods; a pattern of the simple
 * forms ({@link SimpleRegex}) goes to the {@code _jre} helpers, which match as
 * {@code java.util.regex} does; anything else, or a pattern not known at compile time, is
 * rejected (JMPY063) naming the forms that work.
 */
final class RegexRows implements LibraryRegistry.Rows {
  private static final String STRING = Jdk.STRING + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(STRING + "split", RegexRows::split)
        .call(STRING + "replaceAll", s -> replace(s, false))
        .call(STRING + "replaceFirst", s -> replace(s, true))
        .call(STRING + "matches", RegexRows::matches);
  }

  /**
   * {@code _jsplit(s, ",")} for plain text (Java drops trailing empty strings), Python's
   * {@code s.split(sep, limit - 1)} with a positive literal limit, {@code s.split(sep)} with a
   * negative one; else {@code _jre_split(s, p, limit)}.
   */
  private static PyExpr split(CallSite s) {
    Optional<SimpleRegex> regex = regex(s, "split");
    if (regex.isEmpty()) {
      return CallSite.ERROR;
    }
    String plain = regex.get().literal();
    Integer limit = s.arity() == 1 ? Integer.valueOf(0) : intLiteral(s.argument(1));
    if (plain != null && !plain.isEmpty() && limit != null) {
      PyExpr separator = PyExpr.Literal.string(plain);
      if (limit == 0) {
        return helper(s, Helper.SPLIT, List.of(s.receiver(), separator));
      }
      return limit < 0 ? method(s.receiver(), "split", separator)
          : method(s.receiver(), "split", separator, literal(String.valueOf(limit - 1)));
    }
    return helper(s, Helper.REGEX_SPLIT, List.of(s.receiver(), pattern(regex.get()),
        s.arity() == 1 ? literal("0") : s.arg(1)));
  }

  /**
   * {@code s.replace(a, b[, 1])} for a plain pattern and a literal replacement without {@code $}
   * or {@code \}; else {@code _jre_replace(s, p, r, first)}, which reads the replacement as Java
   * does ({@code \x} is x, {@code $0} the match).
   */
  private static PyExpr replace(CallSite s, boolean first) {
    Optional<SimpleRegex> regex = regex(s, first ? "replaceFirst" : "replaceAll");
    if (regex.isEmpty()) {
      return CallSite.ERROR;
    }
    String plain = regex.get().literal();
    if (plain != null && !plain.isEmpty() && s.argument(1) instanceof StringLiteralExpr r
        && r.asString().indexOf('$') < 0 && r.asString().indexOf('\\') < 0) {
      PyExpr pattern = PyExpr.Literal.string(plain);
      return first ? method(s.receiver(), "replace", pattern, s.arg(1), literal("1"))
          : method(s.receiver(), "replace", pattern, s.arg(1));
    }
    return helper(s, Helper.REGEX_REPLACE, List.of(s.receiver(), pattern(regex.get()), s.arg(1),
        literal(first ? "True" : "False")));
  }

  /** {@code s == "text"} for a plain pattern, else {@code _jre_matches(s, p)}. */
  private static PyExpr matches(CallSite s) {
    Optional<SimpleRegex> regex = regex(s, "matches");
    if (regex.isEmpty()) {
      return CallSite.ERROR;
    }
    if (regex.get().literal() != null) {
      return op(s.receiver(), "==", PyExpr.Literal.string(regex.get().literal()));
    }
    return helper(s, Helper.REGEX_MATCHES, List.of(s.receiver(), pattern(regex.get())));
  }

  /** The pattern as a Python string literal (also when Java names a constant). */
  private static PyExpr pattern(SimpleRegex regex) {
    return PyExpr.Literal.string(regex.pattern());
  }

  /** The call's pattern (its first argument), if it is a constant of the simple forms. */
  private static Optional<SimpleRegex> regex(CallSite s, String method) {
    Optional<String> pattern = constant(s, s.argument(0));
    if (pattern.isEmpty()) {
      s.rejectAt(s.argument(0), Message.UNSUPPORTED_REGEX, method + "()",
          "a pattern that is not a compile-time constant", SimpleRegex.FORMS,
          "write the pattern as a string literal or a static final String");
      return Optional.empty();
    }
    SimpleRegex regex = SimpleRegex.parse(pattern.get());
    if (regex.problem() != null) {
      s.rejectAt(s.argument(0), Message.UNSUPPORTED_REGEX, method + "(\""
          + pattern.get().replace("\\", "\\\\") + "\")", regex.problem(), SimpleRegex.FORMS,
          "split or replace in steps with simpler patterns, or scan the string in a loop");
      return Optional.empty();
    }
    return Optional.of(regex);
  }

  /** The value of a String literal or a constant variable (a static final String). */
  static Optional<String> constant(CallSite s, Expression e) {
    if (e instanceof StringLiteralExpr literal) {
      return Optional.of(literal.asString());
    }
    if (e.isNameExpr() || e.isFieldAccessExpr()) {
      return s.element(e).filter(VariableElement.class::isInstance)
          .map(v -> ((VariableElement) v).getConstantValue())
          .filter(String.class::isInstance).map(String.class::cast);
    }
    return Optional.empty();
  }

  /** The value of an int literal, negated or not; null for anything else. */
  private static Integer intLiteral(Expression e) {
    if (e instanceof IntegerLiteralExpr literal) {
      return literal.asNumber().intValue();
    }
    if (e instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS
        && unary.getExpression() instanceof IntegerLiteralExpr literal) {
      return -literal.asNumber().intValue();
    }
    return null;
  }
}
