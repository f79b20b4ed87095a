package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.joined;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The pieces of an append chain {@code sb.append(a).append(b)...}, grouped into as few appends as
 * keep Java's meaning: each group is one {@code str} ({@link TextFormat}), so
 * {@code sb.append("row ").append(i).append(": ").append(name)} is one
 * {@code sb.append("row %d: %s" % (i, name))}.
 *
 * <p>Java appends each piece before it evaluates the next one. A piece may join the group before
 * it only when evaluating it and its text can neither throw (after an exception the builder holds
 * the pieces before it) nor see the builder (a call, the builder itself, an object's toString):
 * literals, locals and fields of primitive or String type, and operators over those that cannot
 * throw. Any other piece starts a new group, so {@code sb.append("x").append(sb.length())} stays
 * two appends and {@code sb.append("a").append(n / d)} appends "a" before the division.
 */
final class ChainPieces {
  private ChainPieces() {}

  /** {@code append(x)} or {@code append(s, start, end)} on a receiver. */
  static boolean isAppend(MethodCallExpr call) {
    return call.getNameAsString().equals("append") && call.getScope().isPresent()
        && (call.getArguments().size() == 1 || call.getArguments().size() == 3);
  }

  /** The chain's appends, first to last, as the texts of their groups. */
  static List<PyExpr> grouped(CallSite s, Collection<MethodCallExpr> links) {
    List<PyExpr> groups = new ArrayList<>();
    List<TextFormat.Piece> group = new ArrayList<>();
    for (MethodCallExpr link : links) {
      if (!group.isEmpty() && !isPlain(s, link)) {
        groups.add(TextFormat.format(group, false));
        group = new ArrayList<>();
      }
      group.add(piece(s, link));
    }
    if (!group.isEmpty()) {
      groups.add(TextFormat.format(group, false));
    }
    return groups;
  }

  /** The chain's appends as one text (on a new builder, which no piece can see). */
  static PyExpr whole(CallSite s, Collection<MethodCallExpr> links) {
    return TextFormat.format(links.stream().map(link -> piece(s, link)).toList(), false);
  }

  /**
   * The text one append adds: Java's string conversion of its argument, the characters of a
   * {@code char[]}, {@code _jsubstring} of a CharSequence's (or char[]'s) text for the
   * three-argument forms, with Java's bounds check.
   */
  private static TextFormat.Piece piece(CallSite s, MethodCallExpr link) {
    Expression first = link.getArgument(0);
    TypeMirror type = s.typeOf(first);
    boolean chars = TypedArrays.isArrayOf(type, TypeKind.CHAR);
    PyExpr text = chars ? joined(builtin("map", Forms.name("chr"), s.translate(first)))
        : s.text(first);
    if (link.getArguments().size() == 1) {
      return new TextFormat.Piece(text, type != null && s.javaTypes().isIntegral(type)
          && !s.javaTypes().isChar(type));
    }
    PyExpr from = s.translate(link.getArgument(1));
    PyExpr to = s.translate(link.getArgument(2));
    if (chars) { // append(char[] str, int offset, int len)
      PyExpr[] offset = Forms.once(s, from, "o");
      from = offset[0];
      to = op(offset[1], "+", to);
    }
    return new TextFormat.Piece(new PyExpr.Call(s.helper(Helper.SUBSTRING),
        List.of(text, from, to)), false);
  }

  /** Whether the append's argument and its text can neither throw nor see a builder. */
  private static boolean isPlain(CallSite s, MethodCallExpr link) {
    return link.getArguments().size() == 1 && isPlain(s, link.getArgument(0));
  }

  private static boolean isPlain(CallSite s, Expression e) {
    TypeMirror type = s.typeOf(e);
    if (type != null && s.javaTypes().isBoxed(type) && !s.javaTypes().isChar(type)) {
      return isRead(s, e); // its text is "null" or its value's; used in an operator it may throw
    }
    if (!isPlainType(s, type)) {
      return false;
    }
    return switch (e) {
      case NullLiteralExpr n -> false;
      case LiteralExpr literal -> true;
      case NameExpr name -> true;
      case FieldAccessExpr field -> isRead(s, field);
      case EnclosedExpr enclosed -> isPlain(s, enclosed.getInner());
      case CastExpr cast -> isOperand(s, cast.getExpression(), false);
      case UnaryExpr unary -> !unary.getOperator().name().contains("CREMENT")
          && isOperand(s, unary.getExpression(), false);
      case ConditionalExpr conditional -> isOperand(s, conditional.getCondition(), false)
          && isOperand(s, conditional.getThenExpr(), Jdk.isString(type))
          && isOperand(s, conditional.getElseExpr(), Jdk.isString(type));
      case BinaryExpr binary -> isOperand(s, binary.getLeft(), Jdk.isString(type))
          && isOperand(s, binary.getRight(), Jdk.isString(type)) && !dividesByZero(s, binary);
      default -> false;
    };
  }

  /**
   * An operand that is plain and, unless it only becomes text ({@code textOnly}: an operand of a
   * concatenation), not a box: unboxing a null throws.
   */
  private static boolean isOperand(CallSite s, Expression e, boolean textOnly) {
    TypeMirror type = s.typeOf(e);
    return isPlain(s, e) && (textOnly || type != null && type.getKind().isPrimitive()
        || Jdk.isString(type));
  }

  /** A local, a field of this object or a static field. */
  private static boolean isRead(CallSite s, Expression e) {
    return switch (e) {
      case NameExpr name -> true;
      case EnclosedExpr enclosed -> isRead(s, enclosed.getInner());
      case FieldAccessExpr field -> field.getScope() instanceof ThisExpr
          || s.element(field.getScope()).orElse(null) instanceof TypeElement;
      default -> false;
    };
  }

  /** A primitive or a String: its text is computed without running any code of yours. */
  private static boolean isPlainType(CallSite s, TypeMirror type) {
    return type != null && (type.getKind().isPrimitive() || Jdk.isString(type));
  }

  /** An integer {@code /} or {@code %} whose divisor may be zero (ArithmeticException). */
  private static boolean dividesByZero(CallSite s, BinaryExpr binary) {
    BinaryExpr.Operator op = binary.getOperator();
    if (op != BinaryExpr.Operator.DIVIDE && op != BinaryExpr.Operator.REMAINDER) {
      return false;
    }
    TypeMirror left = s.typeOf(binary.getLeft());
    TypeMirror right = s.typeOf(binary.getRight());
    if (s.javaTypes().isFloating(left) || s.javaTypes().isFloating(right)) {
      return false; // a float quotient by zero is an infinity or NaN, no exception
    }
    var range = s.range(binary.getRight());
    return range == null || range.lo() <= 0 && range.hi() >= 0;
  }
}
