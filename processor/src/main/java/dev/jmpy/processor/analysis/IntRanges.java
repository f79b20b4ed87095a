package dev.jmpy.processor.analysis;

import com.github.javaparser.ast.expr.*;
import dev.jmpy.processor.source.JavaLiterals;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A small interval analysis over integer expressions, so Java's 32/64-bit wrap-around is emulated
 * only where an operation can overflow: literals, lengths, chars, bytes, shorts, masked values and
 * counting-loop counters have known bounds; anything else spans its type.
 */
public final class IntRanges {
  /** A closed interval of possible values. */
  public record Range(long lo, long hi) {
    public static final Range INT = new Range(Integer.MIN_VALUE, Integer.MAX_VALUE);
    public static final Range LONG = new Range(Long.MIN_VALUE, Long.MAX_VALUE);

    public boolean within(Range outer) {
      return lo >= outer.lo && hi <= outer.hi;
    }
  }

  /** The ranges of the counters of the loops around the code analysed, by Java name. */
  public interface Counters {
    Optional<Range> range(String javaName);
  }

  private final Typing typing;
  private final JavaTypes types;
  private final Function<ExecutableElement, Range> calls;

  /**
   * {@code calls} gives the range of what a library method returns ({@code length()} is never
   * negative), or null when nothing is known.
   */
  public IntRanges(Typing typing, JavaTypes types, Function<ExecutableElement, Range> calls) {
    this.typing = typing;
    this.types = types;
    this.calls = calls;
  }

  /** The range of Java type {@code type}'s values (int for anything narrower that promotes). */
  public static Range ofType(TypeMirror type, JavaTypes types) {
    return switch (types.primitiveKind(type)) {
      case BYTE -> new Range(Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> new Range(Short.MIN_VALUE, Short.MAX_VALUE);
      case CHAR -> new Range(0, Character.MAX_VALUE);
      case LONG -> Range.LONG;
      default -> Range.INT;
    };
  }

  /**
   * The mathematical range of {@code e} itself, before any wrapping: what decides whether
   * {@code e} needs to be wrapped. Null when unknown.
   */
  public Range mathRange(Expression e, Counters f) {
    Range known = known(e, f);
    return known != null || isArithmetic(e) ? known : range(e, f);
  }

  /**
   * What {@code e} can evaluate to, as far as this cheap analysis sees; null when {@code e} is
   * arithmetic whose mathematical value may leave its type (which is what wrapping is for). A
   * variable or call without known bounds spans its type.
   */
  public Range range(Expression e, Counters f) {
    Range known = known(e, f);
    if (known != null) {
      TypeMirror type = typing.typeOf(e);
      Range limit = type == null ? null : ofType(type, types);
      // Arithmetic that may leave its type is wrapped where it is used, so its value is the
      // type's (a parent +, - or * computes its own range from this and wraps in turn).
      return limit != null && isArithmetic(e) && !known.within(limit) ? limit : known;
    }
    if (isArithmetic(e)) {
      return null;
    }
    TypeMirror type = typing.typeOf(e);
    return type == null ? null : ofType(type, types);
  }

  /** A compile-time constant's value ({@code static final int SIZE = 8}), as javac folds it. */
  private Range constant(Expression e) {
    Object value = typing.element(e)
        .filter(el -> el instanceof javax.lang.model.element.VariableElement)
        .map(el -> ((javax.lang.model.element.VariableElement) el).getConstantValue())
        .orElse(null);
    if (value instanceof Character c) {
      return new Range(c, c);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      long v = ((Number) value).longValue();
      return new Range(v, v);
    }
    return null;
  }

  private static boolean isArithmetic(Expression e) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    if (inner instanceof UnaryExpr u) {
      return u.getOperator() == UnaryExpr.Operator.MINUS;
    }
    if (inner instanceof BinaryExpr b) {
      return switch (b.getOperator()) {
        case PLUS, MINUS, MULTIPLY, LEFT_SHIFT, DIVIDE -> true;
        default -> false;
      };
    }
    return false;
  }

  private Range known(Expression e, Counters f) {
    switch (e) {
      case IntegerLiteralExpr lit -> {
        long v = lit.asNumber().longValue();
        return new Range(v, v);
      }
      case LongLiteralExpr lit -> {
        long v = lit.asNumber().longValue();
        return new Range(v, v);
      }
      case CharLiteralExpr lit -> {
        char value = JavaLiterals.value(lit);
        return new Range(value, value);
      }
      case EnclosedExpr enclosed -> {
        return range(enclosed.getInner(), f);
      }
      case NameExpr name -> {
        Range counted = f.range(name.getNameAsString()).orElse(null);
        return counted != null ? counted : constant(e);
      }
      case UnaryExpr unary when unary.getOperator() == UnaryExpr.Operator.MINUS -> {
        Range r = range(unary.getExpression(), f);
        return r == null || r.lo == Long.MIN_VALUE ? null : new Range(-r.hi, -r.lo);
      }
      case MethodCallExpr call -> {
        return callRange(call);
      }
      case FieldAccessExpr access when access.getNameAsString().equals("length")
          && typing.typeOf(access.getScope()) != null
          && typing.typeOf(access.getScope()).getKind() == TypeKind.ARRAY -> {
        return new Range(0, Integer.MAX_VALUE);
      }
      case FieldAccessExpr field -> {
        return constant(field); // Sampler.SIZE
      }
      case com.github.javaparser.ast.expr.CastExpr cast -> {
        // (int) ((c ^ b) & 0xFF): the value is kept when it fits the cast's type
        Range inner = range(cast.getExpression(), f);
        TypeMirror target = typing.typeOf(cast);
        Range limit = target == null ? null : ofType(target, types);
        return inner != null && limit != null && inner.within(limit) ? inner : null;
      }
      case BinaryExpr binary -> {
        return binaryRange(binary, f);
      }
      default -> {
        return null;
      }
    }
  }

  /** What the library says of the method's result (lengths and sizes are non-negative). */
  private Range callRange(MethodCallExpr call) {
    Optional<Element> element = typing.element(call);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)) {
      return null;
    }
    return calls.apply(m);
  }

  private Range binaryRange(BinaryExpr e, Counters f) {
    Range a = range(e.getLeft(), f);
    Range b = range(e.getRight(), f);
    if (e.getOperator() == BinaryExpr.Operator.BINARY_AND) {
      return a != null && a.lo >= 0 ? new Range(0, a.hi)
          : b != null && b.lo >= 0 ? new Range(0, b.hi) : null;
    }
    if (a == null || b == null) {
      return null;
    }
    if ((e.getOperator() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
        || e.getOperator() == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT) && b.lo == b.hi) {
      return shiftRange(e, a, b.lo);
    }
    return switch (e.getOperator()) {
      case PLUS -> sum(a, b);
      case MINUS -> b.lo == Long.MIN_VALUE ? null : sum(a, new Range(-b.hi, -b.lo));
      case MULTIPLY -> product(a, b);
      case REMAINDER -> {
        long k = Math.max(Math.abs(b.lo), Math.abs(b.hi));
        yield b.lo == Long.MIN_VALUE ? null
            : new Range(a.lo >= 0 ? 0 : -(k - 1), a.hi <= 0 ? 0 : k - 1);
      }
      case DIVIDE -> quotient(a, b);
      default -> null;
    };
  }

  /** {@code a >> k} or {@code a >>> k} for a known count {@code k}, masked as Java masks it. */
  private Range shiftRange(BinaryExpr e, Range a, long count) {
    TypeMirror leftType = typing.typeOf(e.getLeft());
    if (leftType == null) {
      return null;
    }
    boolean isLong = types.primitiveKind(leftType) == TypeKind.LONG;
    int k = (int) (count & (isLong ? 63 : 31));
    if (e.getOperator() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT || a.lo >= 0 || k == 0) {
      return new Range(a.lo >> k, a.hi >> k);
    }
    return new Range(0, isLong ? -1L >>> k : 0xFFFFFFFFL >>> k);
  }

  /**
   * A quotient is no larger than its dividend, except MIN_VALUE / -1, whose value (2^31) leaves
   * the type: unknown then, so it gets wrapped.
   */
  private static Range quotient(Range a, Range b) {
    boolean minusOne = b.lo <= -1 && -1 <= b.hi;
    if (minusOne && (a.lo == Integer.MIN_VALUE || a.lo == Long.MIN_VALUE)) {
      return null;
    }
    // |a / b| <= |a|, and only MIN_VALUE / -1 leaves the type: clamp to the dividend's type.
    Range type = a.within(Range.INT) ? Range.INT : Range.LONG;
    long m = Math.max(Math.abs(Math.max(a.lo, -Long.MAX_VALUE)), Math.abs(a.hi));
    return new Range(Math.max(-m, type.lo), Math.min(m, type.hi));
  }

  /** Sum of intervals, or null if it leaves the long range (no bound known). */
  public static Range sum(Range a, Range b) {
    if (a == null || b == null) {
      return null;
    }
    try {
      return new Range(Math.addExact(a.lo, b.lo), Math.addExact(a.hi, b.hi));
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  public static Range product(Range a, Range b) {
    if (a == null || b == null) {
      return null;
    }
    try {
      long p1 = Math.multiplyExact(a.lo, b.lo);
      long p2 = Math.multiplyExact(a.lo, b.hi);
      long p3 = Math.multiplyExact(a.hi, b.lo);
      long p4 = Math.multiplyExact(a.hi, b.hi);
      return new Range(Math.min(Math.min(p1, p2), Math.min(p3, p4)),
          Math.max(Math.max(p1, p2), Math.max(p3, p4)));
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /** The type an arithmetic result has: long if either side is long, else int. */
  public static Range resultRange(TypeMirror resultType, JavaTypes types) {
    return types.primitiveKind(resultType) == TypeKind.LONG ? Range.LONG : Range.INT;
  }
}
