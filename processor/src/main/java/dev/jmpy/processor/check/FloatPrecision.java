package dev.jmpy.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.jmpy.processor.analysis.Constants;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.source.SourceUnit;
import dev.jmpy.processor.types.TypeOracle;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * JMPY110: {@code double} on single-precision firmware (the default,
 * {@code -Ajmpy.floatPrecision=single}). The ESP32's MicroPython computes in 32-bit floats, which
 * are Java's {@code float}; a double computation would give other digits on the board than on the
 * JVM. Reported where the double comes from: a {@code double} (or {@code Double}) type, a literal
 * without {@code f}, a call that returns a double, a double constant. Exact, and so allowed:
 * <ul>
 *   <li>a double constant cast to float or an integer type ({@code (float) Math.PI},
 *       {@code (float) (1.0 / 3)}): the cast's value is a float constant;
 *   <li>{@code (float) Math.sqrt(x)}, {@code floor}, {@code ceil} of a float (correctly rounded
 *       or exact, so the same in floats as through double); {@code (float) Math.sin(x)},
 *       {@code pow}, {@code exp}, {@code log}... ({@link #LIBM_MATH}) to Java's own 1-ulp
 *       precision;
 *   <li>{@code (float) (a op b)} for one of {@code + - * /} of floats and double constants that are
 *       floats ({@code (float) (x / 2.0)}): one operation rounded once is the float operation;
 *   <li>a comparison of a float with a double constant that is a float ({@code x < 0.5}).
 * </ul>
 */
public final class FloatPrecision {
  private FloatPrecision() {}

  /** jmpy's asyncio stub, whose sleep and wait_for take seconds as a double. */
  private static final String ASYNCIO = "dev.jmpy.asyncio.Asyncio";

  /**
   * Math functions allowed inside a cast to float, with float arguments: each is correctly rounded
   * (or exact), so the float result is the same computed in floats on the board as through double
   * on the JVM. (sin, exp, pow... are not: MicroPython's single-precision libm may differ in the
   * last bit.)
   */
  static final Set<String> SINGLE_PRECISION_MATH = Set.of("sqrt", "floor", "ceil");

  /**
   * Math functions allowed inside a cast to float, with float arguments, to the precision Java
   * itself specifies for them (1 ulp; StrictMath is the bit-exact one): the JVM computes in double
   * and rounds once, the board computes in floats with its libm's single-precision function, which
   * may be 1 ulp of the float away for some arguments (docs/semantics.md, "Math functions").
   */
  static final Set<String> LIBM_MATH = Set.of("pow", "exp", "log", "log10", "sin", "cos", "tan",
      "asin", "acos", "atan", "atan2", "tanh", "hypot", "cbrt", "toDegrees", "toRadians", "random");

  /**
   * Reports every double of {@code root} (a top-level class, with everything nested in it); with
   * {@code doublePrecision} (double-precision firmware), every float instead (JMPY111): the board's
   * floats are then doubles, and a float computation would round differently.
   */
  public static void check(TypeOracle oracle, Diagnostics diagnostics, SourceUnit unit, Node root,
      boolean doublePrecision) {
    new Walk(oracle, diagnostics, unit, doublePrecision).run(root);
  }

  private static final class Walk {
    private final TypeOracle oracle;
    private final Diagnostics diagnostics;
    private final SourceUnit unit;
    private final Constants constants;
    // identity: JavaParser's equals/hashCode compare (and walk) whole subtrees
    private final Set<Node> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The kind the board does not compute in: double, or float on double-precision firmware. */
    private final TypeKind foreign;
    private final String foreignName;

    Walk(TypeOracle oracle, Diagnostics diagnostics, SourceUnit unit, boolean doublePrecision) {
      this.foreign = doublePrecision ? TypeKind.FLOAT : TypeKind.DOUBLE;
      this.foreignName = doublePrecision ? "Float" : "Double";
      this.oracle = oracle;
      this.diagnostics = diagnostics;
      this.unit = unit;
      this.constants = new Constants(e -> oracle.element(e)
          .filter(el -> el instanceof VariableElement)
          .map(el -> ((VariableElement) el).getConstantValue()));
    }

    void run(Node root) {
      root.walk(Node.TreeTraversal.PREORDER, this::visit);
    }

    private void visit(Node node) {
      if (isAllowed(node)) {
        return;
      }
      switch (node) {
        case MethodCallExpr call when isSecondsCall(call) -> allowSeconds(call);
        case CastExpr cast -> allowCast(cast);
        case BinaryExpr comparison when isComparison(comparison) -> allowFloatConstant(comparison);
        case Type type when isDoubleType(type) -> report(type, "the type " + type.asString(),
            foreign == TypeKind.DOUBLE ? "declare it float (a literal 0.5f)" : "declare it double");
        case DoubleLiteralExpr literal when isFloatLiteral(literal) == (foreign == TypeKind.FLOAT) ->
            report(literal, "the literal " + literal.getValue(), "write " + spelling(literal.getValue()));
        case MethodCallExpr call when isDouble(call) -> report(call, call.getNameAsString() + "(...)",
            hintForCall(call));
        case NameExpr name when isDouble(name) && isOutsideConstant(name) -> report(name,
            name.getNameAsString(), "cast it: (" + own() + ") " + name);
        case FieldAccessExpr access when isDouble(access) && isOutsideConstant(access) -> report(access,
            access.toString(), "cast it: (" + own() + ") " + access);
        case com.github.javaparser.ast.body.Parameter p when p.getType().isUnknownType()
            && oracle.element(p).map(e -> kind(e.asType()) == foreign).orElse(false) ->
            report(p, "the lambda parameter " + p.getNameAsString(),
                "use a functional interface of " + own() + "s, or your own");
        case com.github.javaparser.ast.expr.MethodReferenceExpr ref when isDoubleMethod(ref) ->
            report(ref, "the method reference " + ref, "write a lambda that computes with " + own() + "s");
        default -> { }
      }
    }

    /** The type the board computes in: float, or double on double-precision firmware. */
    private String own() {
      return foreign == TypeKind.DOUBLE ? "float" : "double";
    }

    private boolean isAllowed(Node node) {
      for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
        if (allowed.contains(n)) {
          return true;
        }
      }
      return false;
    }

    /** Marks the exact double expressions under a cast as allowed. */
    private void allowCast(CastExpr cast) {
      TypeMirror target = oracle.type(cast).orElse(null);
      if (target == null || !target.getKind().isPrimitive() || target.getKind() == foreign
          || target.getKind() == TypeKind.BOOLEAN) {
        return;
      }
      Expression operand = unwrap(cast.getExpression());
      if (!isDouble(operand)) {
        return;
      }
      if (constants.value(operand).isPresent()) {
        allowed.add(operand); // folded: (float) Math.PI is the float 3.1415927
        return;
      }
      if (foreign == TypeKind.FLOAT) {
        return;
      }
      boolean toFloat = target.getKind() == TypeKind.FLOAT;
      if (toFloat && operand instanceof MethodCallExpr call && isMath(call)
          && (SINGLE_PRECISION_MATH.contains(call.getNameAsString())
              || LIBM_MATH.contains(call.getNameAsString()))
          && call.getArguments().stream().allMatch(this::isFloatOperand)) {
        exactNodes.add(call); // its arguments are still checked
        return;
      }
      if (toFloat && operand instanceof BinaryExpr op && isArithmetic(op)
          && isFloatOperand(op.getLeft()) && isFloatOperand(op.getRight())) {
        markOperationOnly(op);
      }
    }

    /**
     * {@code asyncio.sleep(seconds)} and {@code wait_for(coro, seconds)}: MicroPython sleeps
     * {@code int(seconds * 1000)} ms computed in the board's floats, the JVM {@code (int) (seconds *
     * 1000)} in doubles. A constant or an integer is allowed where both give the same milliseconds
     * (the board reads the constant as its nearest float); anything else is reported (JMPY112).
     */
    private void allowSeconds(MethodCallExpr call) {
      Expression seconds = unwrap(call.getArguments().get(call.getArguments().size() - 1));
      if (foreign == TypeKind.FLOAT || isIntegral(seconds)) {
        return; // double-precision firmware computes as the JVM does; n * 1000 is exact
      }
      Optional<Object> value = constants.value(seconds);
      if (value.isPresent() && value.get() instanceof Number n) {
        double v = n.doubleValue();
        int jvm = (int) (v * 1000);
        int board = (int) ((float) v * 1000f);
        if (jvm == board) {
          allowed.add(seconds);
        } else {
          diagnostics.report(unit, seconds, Message.SECONDS_ON_SINGLE_PRECISION, seconds.toString(),
              "the ESP32's MicroPython waits " + board + " ms (int(seconds * 1000) in single "
                  + "precision), the JVM " + jvm, "the milliseconds, sleepMs(" + jvm + ")");
        }
        return;
      }
      diagnostics.report(unit, seconds, Message.SECONDS_ON_SINGLE_PRECISION, seconds.toString(),
          "the ESP32's MicroPython computes int(seconds * 1000) in single precision and the JVM "
              + "in double, so they may wait different milliseconds",
          "the milliseconds as an int, sleepMs((int) (" + seconds + " * 1000))");
      allowed.add(seconds); // reported once
    }

    /** A call of {@code Asyncio.sleep(double)} or {@code Asyncio.waitFor(coro, double)}. */
    private boolean isSecondsCall(MethodCallExpr call) {
      return (call.getNameAsString().equals("sleep") || call.getNameAsString().equals("waitFor"))
          && !call.getArguments().isEmpty()
          && oracle.element(call).map(e -> e instanceof ExecutableElement m
              && ((TypeElement) m.getEnclosingElement()).getQualifiedName().contentEquals(ASYNCIO)
              && kind(m.getParameters().get(m.getParameters().size() - 1).asType()) == TypeKind.DOUBLE)
          .orElse(false);
    }

    /** The operation is exact; its float-valued double constants too. */
    private void markOperationOnly(BinaryExpr op) {
      for (Expression side : new Expression[] {op.getLeft(), op.getRight()}) {
        if (isDouble(side)) {
          allowed.add(unwrap(side));
        }
      }
    }

    private final Set<Node> exactNodes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> reportedAt = new HashSet<>();

    private void allowFloatConstant(BinaryExpr comparison) {
      Expression left = unwrap(comparison.getLeft());
      Expression right = unwrap(comparison.getRight());
      if (foreign == TypeKind.FLOAT) {
        return;
      }
      if (isFloat(left) && isDouble(right) && isFloatConstant(right)) {
        allowed.add(right);
      } else if (isFloat(right) && isDouble(left) && isFloatConstant(left)) {
        allowed.add(left);
      }
    }

    private void report(Node at, String what, String instead) {
      if (exactNodes.contains(at) || !reportedAt.add(at.getRange().map(Object::toString)
          .orElse(what))) {
        return; // exact, or already reported at this place (a type shared by two declarations)
      }
      diagnostics.report(unit, at, foreign == TypeKind.DOUBLE ? Message.DOUBLE_ON_SINGLE_PRECISION
          : Message.FLOAT_ON_DOUBLE_PRECISION, what, instead);
    }

    /** Whether {@code e} is of the foreign kind: double (float on double-precision firmware). */
    private boolean isDouble(Node e) {
      return oracle.type(e).map(t -> kind(t) == foreign).orElse(false);
    }

    /** Whether {@code e} is of the board's kind: float (double on double-precision firmware). */
    private boolean isFloat(Node e) {
      TypeKind own = foreign == TypeKind.DOUBLE ? TypeKind.FLOAT : TypeKind.DOUBLE;
      return oracle.type(e).map(t -> kind(t) == own).orElse(false);
    }

    private boolean isIntegral(Expression e) {
      return oracle.type(e).map(t -> switch (kind(t)) {
        case INT, LONG, SHORT, BYTE, CHAR -> true;
        default -> false;
      }).orElse(false);
    }

    /** A float, or a double constant whose value is a float, or a small integer constant. */
    private boolean isFloatOperand(Expression e) {
      Expression inner = unwrap(e);
      if (isFloat(inner)) {
        return true;
      }
      Optional<Object> value = constants.value(inner);
      if (value.isEmpty()) {
        return false;
      }
      return switch (value.get()) {
        case Double d -> (double) (float) (double) d == d;
        case Integer i -> Math.abs(i) <= (1 << 24);
        case Long l -> Math.abs(l) <= (1 << 24);
        case Character c -> true;
        default -> false;
      };
    }

    private boolean isFloatConstant(Expression e) {
      return constants.value(e).map(v -> v instanceof Double d && (double) (float) (double) d == d)
          .orElse(false);
    }

    /** A name or field that is a double constant of the JDK (Math.PI) or of another class. */
    private boolean isOutsideConstant(Expression e) {
      Optional<Element> element = oracle.element(e);
      return element.isPresent() && element.get().getKind() == ElementKind.FIELD
          && !oracle.hasSource(element.get());
    }

    private TypeKind kind(TypeMirror type) {
      if (type.getKind().isPrimitive()) {
        return type.getKind();
      }
      if (type.getKind() == TypeKind.DECLARED) {
        String name = ((TypeElement) ((javax.lang.model.type.DeclaredType) type).asElement())
            .getQualifiedName().toString();
        return switch (name) {
          case "java.lang.Double" -> TypeKind.DOUBLE;
          case "java.lang.Float" -> TypeKind.FLOAT;
          case "java.lang.Integer" -> TypeKind.INT;
          case "java.lang.Long" -> TypeKind.LONG;
          case "java.lang.Short" -> TypeKind.SHORT;
          case "java.lang.Byte" -> TypeKind.BYTE;
          case "java.lang.Character" -> TypeKind.CHAR;
          default -> TypeKind.DECLARED;
        };
      }
      return type.getKind();
    }

    private boolean isDoubleType(Type type) {
      if (type instanceof PrimitiveType p) {
        return p.getType() == (foreign == TypeKind.DOUBLE ? PrimitiveType.Primitive.DOUBLE
            : PrimitiveType.Primitive.FLOAT);
      }
      if (type instanceof ClassOrInterfaceType c && c.getNameAsString().equals(foreignName)) {
        return oracle.type(type).map(t -> kind(t) == foreign).orElse(true);
      }
      return false;
    }

    private boolean isDoubleMethod(com.github.javaparser.ast.expr.MethodReferenceExpr ref) {
      return oracle.element(ref).map(e -> e instanceof ExecutableElement m
          && (kind(m.getReturnType()) == foreign
              || m.getParameters().stream().anyMatch(v -> kind(v.asType()) == foreign)))
          .orElse(false);
    }

    private boolean isMath(MethodCallExpr call) {
      return oracle.element(call).map(e -> e instanceof ExecutableElement m
          && ((TypeElement) m.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Math"))
          .orElse(false);
    }

    private String hintForCall(MethodCallExpr call) {
      if (isMath(call)) {
        String name = call.getNameAsString();
        if (SINGLE_PRECISION_MATH.contains(name) || LIBM_MATH.contains(name)) {
          return "cast it to float where it is computed, with float arguments: (float) " + call
              + (name.equals("sqrt") ? ", or compare squares (i * i <= n) instead of roots" : "");
        }
      }
      return foreign == TypeKind.DOUBLE ? "compute with floats, or cast the result: (float) " + call
          : "compute with doubles, or widen the result: (double) " + call;
    }
  }

  private static boolean isComparison(BinaryExpr e) {
    return switch (e.getOperator()) {
      case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, EQUALS, NOT_EQUALS -> true;
      default -> false;
    };
  }

  private static boolean isArithmetic(BinaryExpr e) {
    return switch (e.getOperator()) {
      case PLUS, MINUS, MULTIPLY, DIVIDE -> true;
      default -> false;
    };
  }

  private static boolean isFloatLiteral(DoubleLiteralExpr literal) {
    String text = literal.getValue();
    return text.endsWith("f") || text.endsWith("F");
  }

  /** The literal spelled as the other kind: {@code 0.5} as {@code 0.5f}, {@code 0.5f} as {@code 0.5}. */
  private static String spelling(String literal) {
    if (literal.endsWith("f") || literal.endsWith("F")) {
      return literal.substring(0, literal.length() - 1);
    }
    String text = literal.endsWith("d") || literal.endsWith("D")
        ? literal.substring(0, literal.length() - 1) : literal;
    return text + "f";
  }

  private static Expression unwrap(Expression e) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    return inner;
  }
}
