package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.Jdk;
import dev.jmpy.processor.library.TextFormat;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/** Java's unary and binary operators, with Java's meaning kept where Python's differs. */
final class Operators {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;
  private final JavaTypes types;
  private final IntRanges ranges;

  Operators(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
    this.types = expressions.javaTypes();
    this.ranges = env.analyses().ranges();
  }

  PyExpr binary(BinaryExpr e, FunctionContext f) {
    return binary(e, f, true);
  }

  /**
   * {@code e} whose value is used only modulo 2^k, k at most its type's width (it is stored into
   * a typed array element, which keeps the low bits): +, -, *, / and << without the wrap.
   */
  PyExpr binaryModular(BinaryExpr e, FunctionContext f) {
    return binary(e, f, false);
  }

  private PyExpr binary(BinaryExpr e, FunctionContext f, boolean wrap) {
    TypeMirror result = expressions.requireType(e);
    TypeMirror leftType = expressions.requireType(e.getLeft());
    TypeMirror rightType = expressions.requireType(e.getRight());
    if (result == null || leftType == null || rightType == null) {
      return ExpressionTranslator.ERROR;
    }
    BinaryExpr.Operator op = e.getOperator();
    if (op == BinaryExpr.Operator.PLUS && Jdk.isString(result)) {
      return concatenation(e, f);
    }
    PyExpr left = expressions.translate(e.getLeft(), f);
    PyExpr right = expressions.translate(e.getRight(), f);
    boolean integral = types.isIntegral(leftType) && types.isIntegral(rightType);
    boolean floating = types.isFloating(leftType) || types.isFloating(rightType);
    if (floating && types.isIntegral(leftType)) {
      left = longOperand(left, e.getLeft(), leftType, rightType, f);
    } else if (floating && types.isIntegral(rightType)) {
      right = longOperand(right, e.getRight(), rightType, leftType, f);
    }
    if (integral && (op == BinaryExpr.Operator.PLUS || op == BinaryExpr.Operator.MINUS
        || op == BinaryExpr.Operator.MULTIPLY)) {
      PyExpr value = new PyExpr.BinOp(left, op == BinaryExpr.Operator.PLUS ? "+"
          : op == BinaryExpr.Operator.MINUS ? "-" : "*", right);
      if (!wrap || feedsRingOperation(e, result)) {
        return value; // wrap(wrap(a * b) + c) == wrap(a * b + c): the outer operation wraps
      }
      return wrapIfNeeded(value, ranges.mathRange(e, f), result, e,
          "arithmetic");
    }
    return switch (op) {
      case OR -> new PyExpr.BinOp(left, "or", right);
      case AND -> new PyExpr.BinOp(left, "and", right);
      case PLUS -> new PyExpr.BinOp(left, "+", right);
      case MINUS -> new PyExpr.BinOp(left, "-", right);
      case MULTIPLY -> new PyExpr.BinOp(left, "*", right);
      case DIVIDE -> integral
          // only MIN_VALUE / -1 overflows: a quotient by a positive value needs no wrap
          ? wrap && !byPositive(e.getRight(), right, f) ? wrapIfNeeded(divide(e, left, right, f),
              ranges.mathRange(e, f), result, e, "division") : divide(e, left, right, f)
          : expressions.floats().divide(left, right, e.getRight());
      case REMAINDER -> integral
          ? remainder(e, left, right, f)
          : expressions.floats().remainder(left, right);
      case LESS -> new PyExpr.BinOp(left, "<", right);
      case LESS_EQUALS -> new PyExpr.BinOp(left, "<=", right);
      case GREATER -> new PyExpr.BinOp(left, ">", right);
      case GREATER_EQUALS -> new PyExpr.BinOp(left, ">=", right);
      case EQUALS -> equality(e, left, right, leftType, rightType, false);
      case NOT_EQUALS -> equality(e, left, right, leftType, rightType, true);
      case BINARY_AND, BINARY_OR, XOR -> {
        if (!integral) {
          yield nonShortCircuit(e, op, left, right);
        }
        yield new PyExpr.BinOp(left, op == BinaryExpr.Operator.BINARY_AND ? "&"
            : op == BinaryExpr.Operator.BINARY_OR ? "|" : "^", right);
      }
      case LEFT_SHIFT -> {
        PyExpr shifted = combine(op, left, right,
            types.primitiveKind(leftType) == javax.lang.model.type.TypeKind.LONG);
        yield wrap ? wrapIfNeeded(shifted, shiftRange(e, f), result, e, "shift") : shifted;
      }
      case SIGNED_RIGHT_SHIFT -> combine(op, left, right,
          types.primitiveKind(leftType) == javax.lang.model.type.TypeKind.LONG);
      case UNSIGNED_RIGHT_SHIFT -> unsignedShift(left, right,
          types.primitiveKind(leftType) == javax.lang.model.type.TypeKind.LONG,
          ranges.range(e.getLeft(), f), ranges.range(e.getRight(), f));
    };
  }

  /**
   * {@code a & b}, {@code a | b}, {@code a ^ b} on booleans: both sides are evaluated, as in Java.
   * {@code ^} is {@code a != b}; MicroPython's {@code True & True} is the int 1, so {@code &} and
   * {@code |} are wrapped in {@code bool()} unless the value is only tested (an if, a loop, !).
   */
  private PyExpr nonShortCircuit(BinaryExpr e, BinaryExpr.Operator op, PyExpr left, PyExpr right) {
    if (op == BinaryExpr.Operator.XOR) {
      return new PyExpr.BinOp(left, "!=", right);
    }
    PyExpr value = new PyExpr.BinOp(left, op == BinaryExpr.Operator.BINARY_AND ? "&" : "|", right);
    return onlyTested(e) ? value : new PyExpr.Call(new PyExpr.Name("bool"), List.of(value));
  }

  /**
   * Whether the value of the boolean expression {@code e} is only tested for truth: the condition
   * of an if, a loop or {@code ?:}, the operand of {@code !}, {@code ==}, {@code !=} or of a
   * boolean {@code &}, {@code |}, {@code ^}, or of {@code &&}/{@code ||} only tested themselves.
   */
  static boolean onlyTested(com.github.javaparser.ast.expr.Expression e) {
    com.github.javaparser.ast.Node child = e;
    com.github.javaparser.ast.Node parent = e.getParentNode().orElse(null);
    while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr) {
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    return switch (parent) {
      case com.github.javaparser.ast.stmt.IfStmt s -> s.getCondition() == child;
      case com.github.javaparser.ast.stmt.WhileStmt s -> s.getCondition() == child;
      case com.github.javaparser.ast.stmt.DoStmt s -> s.getCondition() == child;
      case com.github.javaparser.ast.stmt.ForStmt s -> s.getCompare().orElse(null) == child;
      case com.github.javaparser.ast.expr.ConditionalExpr c -> c.getCondition() == child;
      case UnaryExpr u -> u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT;
      case BinaryExpr b -> switch (b.getOperator()) {
        case AND, OR -> onlyTested(b);
        // the outer operator keeps a bool itself; ==, != and ^ (!=) find 1 and True equal
        case BINARY_AND, BINARY_OR, XOR, EQUALS, NOT_EQUALS -> true;
        default -> false;
      };
      case null, default -> false;
    };
  }

  /**
   * A long operand of a float operation: Java converts it to float first (rounding once), which
   * MicroPython does for a big int digit by digit (rounding more than once): {@code _jl2f}, unless
   * its range is small. An int operand converts alike on both sides.
   */
  private PyExpr longOperand(PyExpr value, com.github.javaparser.ast.expr.Expression operand,
      TypeMirror type, TypeMirror other, FunctionContext f) {
    return expressions.floats().longOperand(value, operand, type, other, f);
  }

  /**
   * {@code "length " + n + ", last: " + last} → {@code "length %d, last: %s" % (n, last)}
   * ({@link TextFormat}: one string built instead of one per {@code +}); the operands of the
   * left-nested {@code +} chain are converted left to right, as Java does. Without a literal among
   * them, {@code a + b} stays.
   */
  private PyExpr concatenation(BinaryExpr e, FunctionContext f) {
    java.util.ArrayDeque<com.github.javaparser.ast.expr.Expression> operands = new java.util.ArrayDeque<>();
    com.github.javaparser.ast.expr.Expression left = e;
    while (left instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS
        && Jdk.isString(expressions.requireType(plus))) {
      operands.push(plus.getRight());
      left = plus.getLeft();
    }
    operands.push(left);
    List<TextFormat.Piece> pieces = new java.util.ArrayList<>();
    for (com.github.javaparser.ast.expr.Expression operand : operands) {
      TypeMirror type = expressions.requireType(operand);
      pieces.add(new TextFormat.Piece(expressions.strings().text(operand, f),
          type != null && types.isIntegral(type) && !types.isChar(type)));
    }
    PyExpr format = TextFormat.format(pieces, true);
    if (format != null) {
      return format;
    }
    PyExpr value = pieces.get(0).text();
    for (int i = 1; i < pieces.size(); i++) {
      value = concatenation(value, pieces.get(i).text());
    }
    return value;
  }

  /**
   * {@code a + b} on text, with adjacent literals joined as javac joins them:
   * {@code "<p>" + "x"} → {@code "<p>x"}, {@code (s + "a") + "b"} → {@code s + "ab"}.
   */
  static PyExpr concatenation(PyExpr left, PyExpr right) {
    if (right instanceof PyExpr.Literal r && isPlainString(r)) {
      if (left instanceof PyExpr.Literal l && isPlainString(l)) {
        return joined(l, r);
      }
      if (left instanceof PyExpr.BinOp b && b.op().equals("+")
          && b.right() instanceof PyExpr.Literal l && isPlainString(l)) {
        return new PyExpr.BinOp(b.left(), "+", joined(l, r));
      }
    }
    return new PyExpr.BinOp(left, "+", right);
  }

  private static boolean isPlainString(PyExpr.Literal literal) {
    String text = literal.source();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        && !text.startsWith("\"\"\"");
  }

  private static PyExpr.Literal joined(PyExpr.Literal left, PyExpr.Literal right) {
    String l = left.source();
    String r = right.source();
    return new PyExpr.Literal(l.substring(0, l.length() - 1) + r.substring(1));
  }

  /**
   * {@code left op right} for the operators a compound assignment may use. Shifts mask their
   * count as Java does (31 for int, 63 for long), unless it is a literal already in range.
   */
  PyExpr combine(BinaryExpr.Operator op, PyExpr left, PyExpr right, boolean longShift) {
    return switch (op) {
      case LEFT_SHIFT, SIGNED_RIGHT_SHIFT -> {
        int mask = longShift ? 63 : 31;
        PyExpr count = right instanceof PyExpr.Literal l && l.source().matches("[0-9]+")
            ? new PyExpr.Literal(Long.toString(Long.parseLong(l.source()) & mask))
            : new PyExpr.BinOp(right, "&", new PyExpr.Literal(Integer.toString(mask)));
        yield new PyExpr.BinOp(left, op == BinaryExpr.Operator.LEFT_SHIFT ? "<<" : ">>", count);
      }
      case PLUS -> new PyExpr.BinOp(left, "+", right);
      case MINUS -> new PyExpr.BinOp(left, "-", right);
      case MULTIPLY -> new PyExpr.BinOp(left, "*", right);
      case DIVIDE -> new PyExpr.BinOp(left, "/", right);
      default -> throw new IllegalArgumentException(op.asString());
    };
  }

  /**
   * {@code x >>> k}: the 32 (or 64) bits of {@code x} read as unsigned, shifted right by the masked
   * count; {@code (x & 0xFFFFFFFF) >> k}. A non-negative {@code x} is shifted as it is. A count of 0
   * leaves {@code x} as it is, negative too, so a count that may be 0 wraps the result.
   */
  PyExpr unsignedShift(PyExpr value, PyExpr count, boolean isLong, IntRanges.Range valueRange,
      IntRanges.Range countRange) {
    int mask = isLong ? 63 : 31;
    if (valueRange != null && valueRange.lo() >= 0) {
      return combine(BinaryExpr.Operator.SIGNED_RIGHT_SHIFT, value, count, isLong);
    }
    PyExpr unsigned = new PyExpr.BinOp(value, "&",
        new PyExpr.Literal(isLong ? "0xFFFFFFFFFFFFFFFF" : "0xFFFFFFFF"));
    if (count instanceof PyExpr.Literal l && l.source().matches("[0-9]+")) {
      long k = Long.parseLong(l.source()) & mask;
      return k == 0 ? value : new PyExpr.BinOp(unsigned, ">>", new PyExpr.Literal(Long.toString(k)));
    }
    PyExpr shifted = new PyExpr.BinOp(unsigned, ">>",
        new PyExpr.BinOp(count, "&", new PyExpr.Literal(Integer.toString(mask))));
    if (countRange != null && countRange.lo() >= 1 && countRange.hi() <= mask) {
      return shifted; // never 0: the result is non-negative and fits
    }
    return new PyExpr.Call(expressionsModule().helper(isLong ? Helper.WRAP_LONG : Helper.WRAP_INT),
        List.of(shifted));
  }

  /**
   * {@code value}, wrapped to Java's 32 or 64 bits when {@code range} (what it can be) leaves the
   * type; with -Ajmpy.intOverflow=python, a warning instead.
   */
  PyExpr wrapIfNeeded(PyExpr value, IntRanges.Range range, TypeMirror resultType,
      com.github.javaparser.ast.Node at, String what) {
    IntRanges.Range limit = IntRanges.resultRange(resultType, types);
    if (range != null && range.within(limit)) {
      return value;
    }
    ModuleContext module = expressionsModule();
    if (!module.wrapIntegers()) {
      env.report(at, dev.jmpy.processor.diag.Message.MAY_OVERFLOW, what);
      return value;
    }
    Helper wrap = limit == IntRanges.Range.LONG ? Helper.WRAP_LONG : Helper.WRAP_INT;
    return new PyExpr.Call(module.helper(wrap), List.of(value));
  }

  /**
   * Whether {@code e}'s value goes straight into another +, - or * of the same width, which wraps
   * the result: arithmetic modulo 2^32 (or 2^64) needs the wrap only where a value is used.
   */
  private boolean feedsRingOperation(com.github.javaparser.ast.expr.Expression e, TypeMirror type) {
    com.github.javaparser.ast.Node parent = e.getParentNode().orElse(null);
    while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
      parent = enclosed.getParentNode().orElse(null);
    }
    if (!(parent instanceof BinaryExpr outer)) {
      return false;
    }
    boolean ring = outer.getOperator() == BinaryExpr.Operator.PLUS
        || outer.getOperator() == BinaryExpr.Operator.MINUS
        || outer.getOperator() == BinaryExpr.Operator.MULTIPLY;
    TypeMirror outerType = expressions.typeOf(outer);
    return ring && outerType != null && types.isIntegral(outerType)
        && types.primitiveKind(outerType) == types.primitiveKind(type)
        && !Jdk.isString(outerType);
  }

  /** x << k with x non-negative and known, k a literal: bounded; anything else may overflow. */
  private IntRanges.Range shiftRange(BinaryExpr e, FunctionContext f) {
    IntRanges.Range x = ranges.range(e.getLeft(), f);
    if (x != null && e.getRight() instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr k
        && x.lo() >= 0
        && k.asNumber().intValue() >= 0 && k.asNumber().intValue() < 62
        && x.hi() <= (Long.MAX_VALUE >> k.asNumber().intValue())) {
      return new IntRanges.Range(0, x.hi() << k.asNumber().intValue());
    }
    return null;
  }

  /**
   * Java's {@code /} on integers truncates toward zero; Python's {@code //} floors: the same when
   * the dividend is never negative and the divisor always positive ({@code t / 10_000} with t a
   * counter), which also rules out Java's division by zero.
   */
  private PyExpr divide(BinaryExpr e, PyExpr left, PyExpr right, FunctionContext f) {
    if (signsAgree(e, left, right, f)) {
      return new PyExpr.BinOp(left, "//", right);
    }
    return byPositive(e.getRight(), right, f) ? truncating(left, "//", right, f)
        : new PyExpr.Call(expressionsModule().helper(Helper.INT_DIV), List.of(left, right));
  }

  /** Java's {@code %} takes the dividend's sign; Python's takes the divisor's (see divide). */
  private PyExpr remainder(BinaryExpr e, PyExpr left, PyExpr right, FunctionContext f) {
    if (signsAgree(e, left, right, f)) {
      return new PyExpr.BinOp(left, "%", right);
    }
    if (!byPositive(e.getRight(), right, f)) {
      return new PyExpr.Call(expressionsModule().helper(Helper.INT_REM), List.of(left, right));
    }
    // x % k == 0: Python's remainder is 0 exactly where Java's is
    return comparedWithZero(e) ? new PyExpr.BinOp(left, "%", right)
        : truncating(left, "%", right, f);
  }

  /** Whether {@code e} is an operand of {@code ==} or {@code !=} whose other operand is 0. */
  private static boolean comparedWithZero(BinaryExpr e) {
    com.github.javaparser.ast.Node child = e;
    com.github.javaparser.ast.Node parent = e.getParentNode().orElse(null);
    while (parent instanceof com.github.javaparser.ast.expr.EnclosedExpr) {
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    if (!(parent instanceof BinaryExpr test) || (test.getOperator() != BinaryExpr.Operator.EQUALS
        && test.getOperator() != BinaryExpr.Operator.NOT_EQUALS)) {
      return false;
    }
    com.github.javaparser.ast.expr.Expression other = test.getLeft() == child ? test.getRight()
        : test.getLeft();
    return other instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr zero
        && zero.getValue().equals("0");
  }

  /**
   * Whether {@code divisor} is known positive (IntRanges) and its translation {@code right} a
   * literal, a name or the length of one ({@code len(NAMES)}), which reads again computing nothing: its quotient needs neither Java's
   * zero check nor a wrap (only {@code MIN_VALUE / -1} overflows), only Java's truncation.
   */
  boolean byPositive(com.github.javaparser.ast.expr.Expression divisor, PyExpr right,
      FunctionContext f) {
    IntRanges.Range range = ranges.range(divisor, f);
    return range != null && range.lo() >= 1
        && (right instanceof PyExpr.Literal || right instanceof PyExpr.Name
            || (right instanceof PyExpr.Call call && call.func() instanceof PyExpr.Name len
                && len.id().equals("len") && call.args().size() == 1
                && call.args().get(0) instanceof PyExpr.Name));
  }

  /**
   * Java's {@code x / k} and {@code x % k} for a positive {@code k} ({@link #byPositive}) and an
   * {@code x} of any sign, inline: {@code x // k if x >= 0 else -(-x // k)} (truncation toward
   * zero; the remainder takes the dividend's sign), {@code _q} bound by the condition when
   * {@code x} is computed ({@code _q // k if (_q := a - b) >= 0 else -(-_q // k)}).
   */
  PyExpr truncating(PyExpr left, String op, PyExpr right, FunctionContext f) {
    Long a = integerLiteral(left);
    Long k = integerLiteral(right);
    if (a != null && k != null) {
      // both literals (-7 / 2): Java's result, as javac folds it
      return new PyExpr.Literal(Long.toString(op.equals("//") ? a / k : a % k));
    }
    PyExpr[] x = dev.jmpy.processor.library.Indexes.twice(left, "q", f::temporary);
    // the condition is evaluated first: it binds the temporary both branches read
    return new PyExpr.IfExp(new PyExpr.BinOp(x[0], ">=", new PyExpr.Literal("0")),
        new PyExpr.BinOp(x[1], op, right), new PyExpr.UnaryOp("-",
            new PyExpr.BinOp(new PyExpr.UnaryOp("-", x[1]), op, right)));
  }

  /** A dividend known non-negative and a divisor known positive (literals or their ranges). */
  private boolean signsAgree(BinaryExpr e, PyExpr left, PyExpr right, FunctionContext f) {
    if (nonNegativeLiteral(left) && positiveLiteral(right)) {
      return true;
    }
    IntRanges.Range dividend = ranges.range(e.getLeft(), f);
    IntRanges.Range divisor = ranges.range(e.getRight(), f);
    return dividend != null && dividend.lo() >= 0 && divisor != null && divisor.lo() >= 1;
  }

  private ModuleContext expressionsModule() {
    return expressions.calls().module();
  }

  /** The value of a decimal integer literal ({@code 7}, {@code -7}), or null. */
  private static Long integerLiteral(PyExpr e) {
    if (e instanceof PyExpr.UnaryOp minus && minus.op().equals("-")) {
      Long value = integerLiteral(minus.operand());
      return value == null ? null : -value;
    }
    if (e instanceof PyExpr.Literal l && l.source().matches("-?[0-9]{1,18}")) {
      return Long.parseLong(l.source());
    }
    return null;
  }

  private static boolean nonNegativeLiteral(PyExpr e) {
    return e instanceof PyExpr.Literal l && l.source().matches("[0-9]+");
  }

  private static boolean positiveLiteral(PyExpr e) {
    return nonNegativeLiteral(e) && !((PyExpr.Literal) e).source().matches("0+");
  }

  private PyExpr equality(BinaryExpr e, PyExpr left, PyExpr right, TypeMirror leftType,
      TypeMirror rightType, boolean negated) {
    boolean primitive = (leftType != null && leftType.getKind().isPrimitive())
        || (rightType != null && rightType.getKind().isPrimitive());
    if (primitive) {
      return new PyExpr.BinOp(left, negated ? "!=" : "==", right);
    }
    if (e.getLeft() instanceof NullLiteralExpr || e.getRight() instanceof NullLiteralExpr) {
      return new PyExpr.BinOp(left, negated ? "is not" : "is", right);
    }
    if (Jdk.isString(leftType) || Jdk.isString(rightType)) {
      env.report(e, Message.STRING_IDENTITY);
    }
    return new PyExpr.BinOp(left, negated ? "is not" : "is", right);
  }

  PyExpr unary(UnaryExpr e, FunctionContext f) {
    TypeMirror type = expressions.requireType(e);
    if (type == null) {
      return ExpressionTranslator.ERROR;
    }
    if (isIncrementOrDecrement(e)) {
      return expressions.effects().increment(e, f); // translates its operand itself, once
    }
    PyExpr operand = expressions.translate(e.getExpression(), f);
    return switch (e.getOperator()) {
      case PLUS -> operand;
      case MINUS -> operand instanceof PyExpr.Literal l && l.source().matches("[0-9.]+")
          ? new PyExpr.Literal("-" + l.source())
          : types.isIntegral(type)
              ? wrapIfNeeded(new PyExpr.UnaryOp("-", operand),
                  ranges.mathRange(e, f), type, e, "negation")
              : new PyExpr.UnaryOp("-", operand);
      case LOGICAL_COMPLEMENT -> new PyExpr.UnaryOp("not", operand);
      case BITWISE_COMPLEMENT -> new PyExpr.UnaryOp("~", operand);
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
          throw new IllegalStateException("handled above");
    };
  }

  /** Whether {@code e} names a local variable or parameter. */
  boolean isLocal(com.github.javaparser.ast.expr.Expression e) {
    return e instanceof com.github.javaparser.ast.expr.NameExpr name
        && env.oracle().element(name).map(el -> switch (el.getKind()) {
          case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE -> true;
          default -> false;
        }).orElse(false);
  }

  /** {@code ++} or {@code --}, prefix or postfix. */
  static boolean isIncrementOrDecrement(UnaryExpr e) {
    return switch (e.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }
}
