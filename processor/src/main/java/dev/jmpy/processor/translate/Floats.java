package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.library.FloatLiterals;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Java's {@code float} on MicroPython, whose floats are 32-bit IEEE on the ESP32's firmware as
 * Java's {@code float} is: the operators are the same where Python's agree, and a helper where they
 * do not (division by zero, {@code %}, casts to int). With {@code -Ajmpy.floatPrecision=double}
 * (double-precision firmware) the same holds for {@code double}. Conversions from int and long are
 * explicit ({@code float(i)}), so that a float variable never holds a Python int, whose arithmetic
 * would be exact where Java's rounds.
 */
final class Floats {
  /** Long values in this range convert to float by MicroPython's own conversion (one rounding). */
  private static final IntRanges.Range ONE_ROUNDING = new IntRanges.Range(-(1L << 32) + 1, (1L << 32) - 1);

  private final TranslationEnv env;
  private final ExpressionTranslator expressions;
  private final JavaTypes types;

  Floats(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
    this.types = expressions.javaTypes();
  }

  /** float or Float. */
  boolean isFloat(TypeMirror type) {
    return type != null && types.primitiveKind(type) == TypeKind.FLOAT;
  }

  /** double or Double. */
  boolean isDouble(TypeMirror type) {
    return type != null && types.primitiveKind(type) == TypeKind.DOUBLE;
  }

  /** Bits of precision of the firmware's float for a value of {@code type}: 24 or 53. */
  static int precision(TypeMirror type, JavaTypes types) {
    return types.primitiveKind(type) == TypeKind.DOUBLE ? 53 : 24;
  }

  /**
   * A floating-point literal, as source MicroPython reads back as exactly Java's value: on
   * single-precision firmware a float (a double literal is translated only where its value is a
   * float, see FloatPrecision), on double-precision firmware a double.
   */
  PyExpr literal(DoubleLiteralExpr lit) {
    String text = lit.getValue().replace("_", "");
    boolean isFloat = text.endsWith("f") || text.endsWith("F");
    double value = isFloat ? Float.parseFloat(text) : Double.parseDouble(text);
    return number(value);
  }

  /** A float or double value (a constant) as source for this module's firmware. */
  PyExpr number(double value) {
    return doublePrecision() ? of(value) : of((float) value);
  }

  /** Whether the board's floats are double precision ({@code -Ajmpy.floatPrecision=double}). */
  boolean doublePrecision() {
    return expressions.calls().module().doublePrecision();
  }

  /** Python source for the float {@code value}. */
  PyExpr of(float value) {
    if (Float.isNaN(value) || Float.isInfinite(value) || value == 0) {
      return special(value);
    }
    Optional<String> text = FloatLiterals.singlePrecision(Math.abs(value));
    return text.isPresent() ? signed(value < 0, new PyExpr.Literal(text.get())) : exactly(value);
  }

  /** Python source for the double {@code value} (double-precision firmware). */
  PyExpr of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
      return special(value);
    }
    Optional<String> text = FloatLiterals.doublePrecision(Math.abs(value));
    return text.isPresent() ? signed(value < 0, new PyExpr.Literal(text.get())) : exactly(value);
  }

  private static PyExpr special(double value) {
    if (Double.isNaN(value)) {
      return new PyExpr.Literal("float(\"nan\")");
    }
    if (Double.isInfinite(value)) {
      return signed(value < 0, new PyExpr.Literal("float(\"inf\")"));
    }
    return new PyExpr.Literal(1 / value < 0 ? "-0.0" : "0.0");
  }

  private static PyExpr signed(boolean negative, PyExpr magnitude) {
    if (!negative) {
      return magnitude;
    }
    return magnitude instanceof PyExpr.Literal l && l.source().matches("[0-9.e+-]+")
        ? new PyExpr.Literal("-" + l.source()) : new PyExpr.UnaryOp("-", magnitude);
  }

  /** {@code math.ldexp(m, e)}: exact on any MicroPython, where no decimal text reads back exactly. */
  private PyExpr exactly(double value) {
    long[] binary = FloatLiterals.binary(value);
    PyExpr ldexp = new PyExpr.Call(new PyExpr.Attribute(expressions.calls().module().stubModule("math"),
        "ldexp"), List.of(new PyExpr.Literal(Long.toString(Math.abs(binary[0]))),
            new PyExpr.Literal(Long.toString(binary[1]))));
    return signed(value < 0, ldexp);
  }

  /**
   * An integral value (int, long, char, ... or boxed) converted to a float or double, as Java's
   * widening does: a literal becomes the float literal, a long beyond 32 bits is rounded once by
   * {@code _jl2f}, anything else {@code float(x)}.
   */
  PyExpr fromIntegral(PyExpr value, Expression source, TypeMirror sourceType, TypeMirror target,
      FunctionContext f) {
    boolean toDouble = isDouble(target);
    Optional<Long> literal = integerLiteral(source);
    if (literal.isPresent()) {
      return toDouble ? number((double) literal.get()) : number((float) literal.get());
    }
    if (types.primitiveKind(sourceType) == TypeKind.LONG) {
      IntRanges.Range range = env.analyses().ranges().range(source, f);
      if (range == null || !range.within(ONE_ROUNDING)) {
        PyExpr helper = expressions.calls().module().helper(Helper.LONG_TO_FLOAT);
        return new PyExpr.Call(helper, toDouble ? List.of(value, new PyExpr.Literal("53")) : List.of(value));
      }
    }
    return new PyExpr.Call(new PyExpr.Name("float"), List.of(value));
  }

  /**
   * An integral operand of a float operation, which Python converts itself: only a long that may
   * be beyond 32 bits needs {@code _jl2f} (MicroPython converts a big int rounding more than once).
   */
  PyExpr longOperand(PyExpr value, Expression source, TypeMirror sourceType, TypeMirror floatType,
      FunctionContext f) {
    if (types.primitiveKind(sourceType) != TypeKind.LONG) {
      return value;
    }
    Optional<Long> literal = integerLiteral(source);
    if (literal.isPresent()) {
      return Math.abs(literal.get()) < (1L << 32) ? value
          : isDouble(floatType) ? number((double) literal.get()) : number((float) literal.get());
    }
    IntRanges.Range range = env.analyses().ranges().range(source, f);
    if (range != null && range.within(ONE_ROUNDING)) {
      return value;
    }
    PyExpr helper = expressions.calls().module().helper(Helper.LONG_TO_FLOAT);
    return new PyExpr.Call(helper, isDouble(floatType) ? List.of(value, new PyExpr.Literal("53")) : List.of(value));
  }

  /** The value of an int or long literal (with a minus sign), if {@code e} is one. */
  static Optional<Long> integerLiteral(Expression e) {
    Expression inner = e;
    while (inner instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    boolean negative = false;
    if (inner instanceof com.github.javaparser.ast.expr.UnaryExpr unary
        && unary.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.MINUS) {
      negative = true;
      inner = unary.getExpression();
    }
    try {
      if (inner instanceof IntegerLiteralExpr i) {
        long v = i.asNumber().longValue();
        return Optional.of(negative ? -v : v);
      }
      if (inner instanceof LongLiteralExpr l) {
        long v = l.asNumber().longValue();
        return Optional.of(negative ? -v : v);
      }
    } catch (NumberFormatException e2) {
      return Optional.empty();
    }
    if (inner instanceof com.github.javaparser.ast.expr.CharLiteralExpr c && !negative) {
      return Optional.of((long) c.asChar());
    }
    return Optional.empty();
  }

  /**
   * A float converted to an integral type, as Java's cast: to int or long by {@code _jf2i} (NaN 0,
   * saturating), narrower types through int.
   */
  PyExpr toIntegral(PyExpr value, TypeMirror target) {
    TypeKind kind = types.primitiveKind(target);
    PyExpr helper = expressions.calls().module().helper(Helper.FLOAT_TO_INT);
    PyExpr asInt = kind == TypeKind.LONG
        ? new PyExpr.Call(helper, List.of(value, new PyExpr.Literal("9223372036854775807")))
        : new PyExpr.Call(helper, List.of(value));
    return switch (kind) {
      case CHAR -> new PyExpr.BinOp(asInt, "&", new PyExpr.Literal("0xFFFF"));
      case SHORT -> narrow(asInt, 0x8000);
      case BYTE -> narrow(asInt, 0x80);
      default -> asInt;
    };
  }

  private static PyExpr narrow(PyExpr value, long half) {
    return new PyExpr.BinOp(new PyExpr.BinOp(new PyExpr.BinOp(value, "+",
        new PyExpr.Literal(Long.toString(half))), "&",
        new PyExpr.Literal(Long.toString(2 * half - 1))), "-", new PyExpr.Literal(Long.toString(half)));
  }

  /**
   * Float division: Python's {@code /} where the divisor cannot be zero (a non-zero literal),
   * else {@code _jfdiv}, which gives Java's infinities and NaN.
   */
  PyExpr divide(PyExpr left, PyExpr right, Expression divisor) {
    if (isNonZeroLiteral(divisor)) {
      return new PyExpr.BinOp(left, "/", right);
    }
    return new PyExpr.Call(expressions.calls().module().helper(Helper.FLOAT_DIV), List.of(left, right));
  }

  /** Float remainder: Java's truncating {@code %} ({@code math.fmod}), NaN where Java's is. */
  PyExpr remainder(PyExpr left, PyExpr right) {
    return new PyExpr.Call(expressions.calls().module().helper(Helper.FLOAT_REM), List.of(left, right));
  }

  private static boolean isNonZeroLiteral(Expression e) {
    Expression inner = e;
    while (inner instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    if (inner instanceof com.github.javaparser.ast.expr.UnaryExpr unary
        && unary.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.MINUS) {
      inner = unary.getExpression();
    }
    if (inner instanceof DoubleLiteralExpr d) {
      double v = Double.parseDouble(d.getValue().replace("_", ""));
      return v != 0 && !Float.isNaN((float) v);
    }
    return integerLiteral(inner).map(v -> v != 0).orElse(false);
  }
}
