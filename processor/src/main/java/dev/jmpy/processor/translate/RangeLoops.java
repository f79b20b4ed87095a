package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Recognises the counting loop {@code for (int i = a; i < b; i++)} and writes it as
 * {@code for i in range(a, b)}, which is what a Python programmer writes and is faster on the
 * board. Only when that is exact: the counter and the bound are not assigned in the body, and the
 * bound is a literal, a local, or the length of an array held in a local.
 */
final class RangeLoops {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;
  private final StatementTranslator statements;

  RangeLoops(TranslationEnv env, ExpressionTranslator expressions, StatementTranslator statements) {
    this.env = env;
    this.expressions = expressions;
    this.statements = statements;
  }

  Optional<PyStmt> asRange(ForStmt loop, FunctionContext f) {
    if (loop.getInitialization().size() != 1 || loop.getUpdate().size() != 1
        || loop.getCompare().isEmpty()
        || !(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init)
        || init.getVariables().size() != 1) {
      return Optional.empty();
    }
    VariableDeclarator counter = init.getVariable(0);
    if (counter.getInitializer().isEmpty() || !expressions.javaTypes()
        .isIntegral(env.oracle().type(counter.getInitializer().get()).orElse(null))
        || !counter.getType().isPrimitiveType()) {
      return Optional.empty();
    }
    String name = counter.getNameAsString();
    if (!(loop.getCompare().get() instanceof BinaryExpr compare)
        || !(compare.getLeft() instanceof NameExpr left) || !left.getNameAsString().equals(name)) {
      return Optional.empty();
    }
    Optional<Integer> step = step(loop.getUpdate().get(0), name);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    Expression bound = compare.getRight();
    if (!stable(bound) || assigns(loop.getBody(), name)
        || (bound instanceof NameExpr b && assigns(loop.getBody(), b.getNameAsString()))
        || (arrayLength(bound) instanceof NameExpr a && assigns(loop.getBody(), a.getNameAsString()))) {
      return Optional.empty();
    }
    int s = step.get();
    PyExpr stop = expressions.translate(bound, f);
    switch (compare.getOperator()) {
      case LESS -> { if (s < 0) return Optional.empty(); }
      case LESS_EQUALS -> { if (s < 0) return Optional.empty(); stop = plus(stop, 1); }
      case GREATER -> { if (s > 0) return Optional.empty(); }
      case GREATER_EQUALS -> { if (s > 0) return Optional.empty(); stop = plus(stop, -1); }
      default -> { return Optional.empty(); }
    }
    PyExpr start = expressions.translate(counter.getInitializer().get(), f);
    List<PyExpr> args = new ArrayList<>();
    if (!(s == 1 && start instanceof PyExpr.Literal l && l.source().equals("0"))) {
      args.add(start);
    }
    args.add(stop);
    if (s != 1) {
      args.add(new PyExpr.Literal(Integer.toString(s)));
    }
    String target = f.local(name);
    IntRanges ranges = env.analyses().ranges();
    IntRanges.Range from = orInt(ranges.range(counter.getInitializer().get(), f));
    IntRanges.Range to = orInt(ranges.range(bound, f));
    boolean strict = compare.getOperator() == BinaryExpr.Operator.LESS
        || compare.getOperator() == BinaryExpr.Operator.GREATER;
    IntRanges.Range values = s > 0
        ? new IntRanges.Range(from.lo(), Math.max(from.lo(), to.hi() - (strict ? 1 : 0)))
        : new IntRanges.Range(Math.min(from.hi(), to.lo() + (strict ? 1 : 0)), from.hi());
    f.enterLoop(List.of());
    f.enterCounter(name, values);
    List<PyStmt> body = statements.body(loop.getBody(), f);
    f.exitCounter(name);
    f.exitLoop();
    return Optional.of(new PyStmt.For(target,
        new PyExpr.Call(new PyExpr.Name("range"), args), body));
  }

  /**
   * For a loop that is not a range but counts up a local not assigned in its body
   * ({@code for (int i = 0; i < s.length(); i++)}): the counter's name and the values it takes in
   * the body and the update, so {@code i + 1} needs no overflow check.
   */
  Optional<java.util.Map.Entry<String, IntRanges.Range>> counter(ForStmt loop, FunctionContext f) {
    if (loop.getInitialization().size() != 1 || loop.getUpdate().size() != 1
        || loop.getCompare().isEmpty()
        || !(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init)
        || init.getVariables().size() != 1 || init.getVariable(0).getInitializer().isEmpty()) {
      return Optional.empty();
    }
    String name = init.getVariable(0).getNameAsString();
    Optional<Integer> step = step(loop.getUpdate().get(0), name);
    if (step.isEmpty() || step.get() != 1 || assigns(loop.getBody(), name)
        || !(loop.getCompare().get() instanceof BinaryExpr compare)
        || !(compare.getLeft() instanceof NameExpr left) || !left.getNameAsString().equals(name)
        || compare.getOperator() != BinaryExpr.Operator.LESS) {
      return Optional.empty();
    }
    IntRanges ranges = env.analyses().ranges();
    IntRanges.Range from = orInt(ranges.range(init.getVariable(0).getInitializer().get(), f));
    IntRanges.Range to = orInt(ranges.range(compare.getRight(), f));
    return Optional.of(java.util.Map.entry(name,
        new IntRanges.Range(from.lo(), Math.max(from.lo(), to.hi() - 1))));
  }

  /** A counter's bounds need an int's at least; unknown arithmetic is any int. */
  private static IntRanges.Range orInt(IntRanges.Range range) {
    return range == null ? IntRanges.Range.INT : range;
  }

  private static PyExpr plus(PyExpr e, int k) {
    if (e instanceof PyExpr.Literal l && l.source().matches("-?[0-9]+")) {
      return new PyExpr.Literal(Long.toString(Long.parseLong(l.source()) + k));
    }
    return new PyExpr.BinOp(e, k > 0 ? "+" : "-", new PyExpr.Literal(Integer.toString(Math.abs(k))));
  }

  /** +1 for i++, -1 for i--, k for i += k (a literal). */
  private static Optional<Integer> step(Expression update, String name) {
    if (update instanceof UnaryExpr u && u.getExpression() instanceof NameExpr n
        && n.getNameAsString().equals(name)) {
      return switch (u.getOperator()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> Optional.of(1);
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> Optional.of(-1);
        default -> Optional.empty();
      };
    }
    if (update instanceof AssignExpr a && a.getTarget() instanceof NameExpr n
        && n.getNameAsString().equals(name) && a.getValue() instanceof IntegerLiteralExpr k) {
      int value = k.asNumber().intValue();
      if (value <= 0) {
        return Optional.empty();
      }
      return switch (a.getOperator()) {
        case PLUS -> Optional.of(value);
        case MINUS -> Optional.of(-value);
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  /** The array of {@code a.length}, or null. */
  private Expression arrayLength(Expression e) {
    if (e instanceof FieldAccessExpr access && access.getNameAsString().equals("length")) {
      javax.lang.model.type.TypeMirror type = expressions.typeOf(access.getScope());
      return type != null && type.getKind() == javax.lang.model.type.TypeKind.ARRAY
          ? access.getScope() : null;
    }
    return null;
  }

  /**
   * A literal, a local or parameter, or the length of an array in one (their assignments are
   * checked separately; an array's length never changes).
   */
  private boolean stable(Expression bound) {
    Expression array = arrayLength(bound);
    if (array != null) {
      return stable(array) && array instanceof NameExpr;
    }
    if (bound instanceof IntegerLiteralExpr || bound instanceof LongLiteralExpr) {
      return true;
    }
    if (bound instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      return u.getExpression() instanceof IntegerLiteralExpr;
    }
    if (bound instanceof NameExpr n) {
      Optional<Element> e = env.oracle().element(n);
      return e.isPresent() && (e.get().getKind() == ElementKind.LOCAL_VARIABLE
          || e.get().getKind() == ElementKind.PARAMETER);
    }
    return false;
  }

  private static boolean assigns(Node body, String name) {
    for (AssignExpr a : body.findAll(AssignExpr.class)) {
      if (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name)) {
        return true;
      }
    }
    for (UnaryExpr u : body.findAll(UnaryExpr.class)) {
      if (Operators.isIncrementOrDecrement(u)
          && u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
