package dev.jmpy.processor.analysis;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;
import java.util.function.Function;

/**
 * The value of a numeric constant expression ({@code (float) Math.PI}, {@code 1.0 / 3},
 * {@code -0.5}), computed as javac folds it, with Java's own arithmetic: literals, constant fields
 * (their value as javac recorded it), unary minus, casts and the arithmetic operators. A
 * {@code double} constant cast to {@code float} is then exact on single-precision MicroPython: the
 * cast's value is written as a float literal.
 */
public final class Constants {
  private final Function<Expression, Optional<Object>> fieldValue;

  /** {@code fieldValue}: a name's or field access's constant value, if it denotes a constant field. */
  public Constants(Function<Expression, Optional<Object>> fieldValue) {
    this.fieldValue = fieldValue;
  }

  /** The value (Integer, Long, Float, Double or Character) of {@code e}, if it is a numeric constant. */
  public Optional<Object> value(Expression e) {
    return switch (e) {
      case EnclosedExpr enclosed -> value(enclosed.getInner());
      case IntegerLiteralExpr i -> attempt(() -> (Object) i.asNumber().intValue());
      case LongLiteralExpr l -> attempt(() -> (Object) l.asNumber().longValue());
      case CharLiteralExpr c -> Optional.of(c.asChar());
      case DoubleLiteralExpr d -> Optional.of(literal(d.getValue()));
      case NameExpr name -> fieldValue.apply(name).filter(Constants::numeric);
      case FieldAccessExpr access -> fieldValue.apply(access).filter(Constants::numeric);
      case UnaryExpr unary when unary.getOperator() == UnaryExpr.Operator.MINUS ->
          value(unary.getExpression()).map(Constants::negate);
      case UnaryExpr unary when unary.getOperator() == UnaryExpr.Operator.PLUS ->
          value(unary.getExpression());
      case CastExpr cast -> value(cast.getExpression()).flatMap(v -> cast(v, cast.getType().asString()));
      case BinaryExpr binary -> value(binary.getLeft()).flatMap(a -> value(binary.getRight())
          .flatMap(b -> arithmetic(binary.getOperator(), a, b)));
      default -> Optional.empty();
    };
  }

  private static Optional<Object> attempt(java.util.function.Supplier<Object> value) {
    try {
      return Optional.of(value.get());
    } catch (NumberFormatException e) {
      return Optional.empty(); // -2147483648: javac folds the minus, JavaParser does not
    }
  }

  private static boolean numeric(Object v) {
    return v instanceof Number || v instanceof Character;
  }

  private static Object literal(String text) {
    String t = text.replace("_", "");
    return t.endsWith("f") || t.endsWith("F") ? (Object) Float.parseFloat(t) : (Object) Double.parseDouble(t);
  }

  private static Object negate(Object v) {
    return switch (v) {
      case Integer i -> -i;
      case Long l -> -l;
      case Float f -> -f;
      case Double d -> -d;
      case Character c -> -(int) c;
      default -> v;
    };
  }

  private static Optional<Object> cast(Object v, String type) {
    Number n = v instanceof Character c ? (Number) (int) c : (Number) v;
    boolean floating = n instanceof Float || n instanceof Double;
    return switch (type) {
      case "float" -> Optional.of(n instanceof Double d ? (float) (double) d
          : n instanceof Long l ? (float) (long) l : n.floatValue());
      case "double" -> Optional.of(n instanceof Long l ? (double) (long) l : n.doubleValue());
      case "int" -> Optional.of(floating ? (int) n.doubleValue() : n.intValue());
      case "long" -> Optional.of(floating ? (long) n.doubleValue() : n.longValue());
      case "short" -> Optional.of((int) (short) (floating ? (int) n.doubleValue() : n.intValue()));
      case "byte" -> Optional.of((int) (byte) (floating ? (int) n.doubleValue() : n.intValue()));
      case "char" -> Optional.of((char) (floating ? (int) n.doubleValue() : n.intValue()));
      default -> Optional.empty();
    };
  }

  /** {@code a op b} after Java's binary numeric promotion. */
  private static Optional<Object> arithmetic(BinaryExpr.Operator op, Object x, Object y) {
    Number a = x instanceof Character c ? (Number) (int) c : (Number) x;
    Number b = y instanceof Character c ? (Number) (int) c : (Number) y;
    if (a instanceof Double || b instanceof Double) {
      double p = a instanceof Long l ? (double) (long) l : a.doubleValue();
      double q = b instanceof Long l ? (double) (long) l : b.doubleValue();
      return switch (op) {
        case PLUS -> Optional.of(p + q);
        case MINUS -> Optional.of(p - q);
        case MULTIPLY -> Optional.of(p * q);
        case DIVIDE -> Optional.of(p / q);
        case REMAINDER -> Optional.of(p % q);
        default -> Optional.empty();
      };
    }
    if (a instanceof Float || b instanceof Float) {
      float p = a instanceof Long l ? (float) (long) l : a.floatValue();
      float q = b instanceof Long l ? (float) (long) l : b.floatValue();
      return switch (op) {
        case PLUS -> Optional.of(p + q);
        case MINUS -> Optional.of(p - q);
        case MULTIPLY -> Optional.of(p * q);
        case DIVIDE -> Optional.of(p / q);
        case REMAINDER -> Optional.of(p % q);
        default -> Optional.empty();
      };
    }
    if (a instanceof Long || b instanceof Long) {
      long p = a.longValue();
      long q = b.longValue();
      return switch (op) {
        case PLUS -> Optional.of(p + q);
        case MINUS -> Optional.of(p - q);
        case MULTIPLY -> Optional.of(p * q);
        case DIVIDE -> q == 0 ? Optional.empty() : Optional.of(p / q);
        case REMAINDER -> q == 0 ? Optional.empty() : Optional.of(p % q);
        default -> Optional.empty();
      };
    }
    int p = a.intValue();
    int q = b.intValue();
    return switch (op) {
      case PLUS -> Optional.of(p + q);
      case MINUS -> Optional.of(p - q);
      case MULTIPLY -> Optional.of(p * q);
      case DIVIDE -> q == 0 ? Optional.empty() : Optional.of(p / q);
      case REMAINDER -> q == 0 ? Optional.empty() : Optional.of(p % q);
      default -> Optional.empty();
    };
  }
}
