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
    Optional<Step> step = step(loop.getUpdate().get(0), name, f);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    Expression bound = compare.getRight();
    if (!stable(bound) || assigns(loop.getBody(), name) || assigns(compare, name)
        || bound.findAll(NameExpr.class).stream()
            .anyMatch(b -> assigns(loop.getBody(), b.getNameAsString()))
        || (step.get().variable() != null && assigns(loop.getBody(), step.get().variable()))) {
      return Optional.empty();
    }
    Step s = step.get();
    boolean up = s.values().lo() > 0;
    IntRanges ranges = env.analyses().ranges();
    IntRanges.Range to = orInt(ranges.range(bound, f));
    boolean strict;
    switch (compare.getOperator()) {
      case LESS, LESS_EQUALS -> { if (!up) return Optional.empty(); }
      case GREATER, GREATER_EQUALS -> { if (up) return Optional.empty(); }
      default -> { return Optional.empty(); }
    }
    strict = compare.getOperator() == BinaryExpr.Operator.LESS
        || compare.getOperator() == BinaryExpr.Operator.GREATER;
    if (!staysInType(left, to, s, strict)) {
      return Optional.empty(); // Java's counter would wrap past the bound and the loop go on
    }
    PyExpr stop = expressions.translate(bound, f);
    if (!strict) {
      stop = plus(stop, up ? 1 : -1);
    }
    PyExpr start = expressions.translate(counter.getInitializer().get(), f);
    List<PyExpr> args = new ArrayList<>();
    if (!(s.isOne() && start instanceof PyExpr.Literal l && l.source().equals("0"))) {
      args.add(start);
    }
    args.add(stop);
    if (!s.isOne()) {
      args.add(s.python());
    }
    String target = f.local(name);
    IntRanges.Range from = orInt(ranges.range(counter.getInitializer().get(), f));
    IntRanges.Range values = values(from, to, up, strict);
    f.enterLoop(List.of());
    f.enterCounter(name, values, env.oracle().element(left).orElse(null));
    List<PyStmt> body = statements.body(loop.getBody(), f);
    f.exitCounter(name);
    f.exitLoop();
    return Optional.of(new PyStmt.For(target,
        new PyExpr.Call(new PyExpr.Name("range"), args), body));
  }

  /**
   * For a loop that is not a range but counts a local not assigned in its body
   * ({@code for (int i = 0; i < s.length(); i++)}, {@code for (int i = 2; i * i <= LIMIT; i++)},
   * {@code for (int i = n; i >= 0; i--)} with n not stable): the counter's name and the values it
   * takes in the body and the update, so {@code i + 1} needs no overflow check and {@code a[i]} no
   * negative-index guard. Empty when the counter could wrap past its bound (Java's loop would go on
   * with a wrapped counter).
   */
  /** A counter: its Java name, the values it takes in its loop's body, its local (or null). */
  record Counter(String name, IntRanges.Range values, Element variable) {}

  Optional<Counter> counter(ForStmt loop, FunctionContext f) {
    if (loop.getInitialization().size() != 1 || loop.getUpdate().size() != 1
        || loop.getCompare().isEmpty()
        || !(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init)
        || init.getVariables().size() != 1 || init.getVariable(0).getInitializer().isEmpty()
        || !init.getVariable(0).getType().isPrimitiveType()) {
      return Optional.empty();
    }
    String name = init.getVariable(0).getNameAsString();
    Optional<Step> step = step(loop.getUpdate().get(0), name, f);
    if (step.isEmpty() || assigns(loop.getBody(), name)
        || (step.get().variable() != null && assigns(loop.getBody(), step.get().variable()))
        || !(loop.getCompare().get() instanceof BinaryExpr compare) || assigns(compare, name)) {
      return Optional.empty();
    }
    boolean up = step.get().values().lo() > 0;
    boolean strict = compare.getOperator() == BinaryExpr.Operator.LESS
        || compare.getOperator() == BinaryExpr.Operator.GREATER;
    switch (compare.getOperator()) {
      case LESS, LESS_EQUALS -> { if (!up) return Optional.empty(); }
      case GREATER, GREATER_EQUALS -> { if (up) return Optional.empty(); }
      default -> { return Optional.empty(); }
    }
    IntRanges ranges = env.analyses().ranges();
    IntRanges.Range from = orInt(ranges.range(init.getVariable(0).getInitializer().get(), f));
    IntRanges.Range to = orInt(ranges.range(compare.getRight(), f));
    if (compare.getLeft() instanceof NameExpr left && left.getNameAsString().equals(name)) {
      return staysInType(left, to, step.get(), strict)
          ? Optional.of(new Counter(name, values(from, to, up, strict),
              env.oracle().element(left).orElse(null)))
          : Optional.empty();
    }
    Element variable = compare.getLeft().findFirst(NameExpr.class,
        n -> n.getNameAsString().equals(name)).flatMap(n -> env.oracle().element(n)).orElse(null);
    return squareBounded(compare, name, from, to, step.get(), strict)
        .map(values -> new Counter(name, values, variable));
  }

  /**
   * For {@code int i = a; ... while (i < n) { ...; i++; }}: a local whose only assignment after
   * its declaration is one {@code i++} (or {@code i += 1}) in this loop's body, outside any loop
   * nested there, grows by one at most once per passed test, so in the body it stays within
   * [a, n] ([a, n - 1] before the increment when that is the body's last statement). The counter's
   * name and those values; empty for any other loop, or when {@code i <= n} could wrap.
   */
  Optional<Counter> counter(com.github.javaparser.ast.stmt.WhileStmt loop, FunctionContext f) {
    if (!(loop.getCondition() instanceof BinaryExpr compare)
        || (compare.getOperator() != BinaryExpr.Operator.LESS
            && compare.getOperator() != BinaryExpr.Operator.LESS_EQUALS)
        || !(compare.getLeft() instanceof NameExpr counter) || assigns(compare, counter.getNameAsString())
        || !(loop.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.BlockStmt block)) {
      return Optional.empty();
    }
    String name = counter.getNameAsString();
    Optional<Element> variable = env.oracle().element(counter);
    IntRanges.Range type = typeRange(counter);
    if (variable.isEmpty() || variable.get().getKind() != ElementKind.LOCAL_VARIABLE || type == null) {
      return Optional.empty();
    }
    Expression start = null;
    for (com.github.javaparser.ast.stmt.Statement before : block.getStatements()) {
      if (before == loop) {
        break;
      }
      if (before instanceof com.github.javaparser.ast.stmt.ExpressionStmt declaration
          && declaration.getExpression() instanceof VariableDeclarationExpr locals) {
        for (VariableDeclarator d : locals.getVariables()) {
          if (d.getNameAsString().equals(name) && d.getInitializer().isPresent()) {
            start = d.getInitializer().get();
          }
        }
      }
    }
    if (start == null) {
      return Optional.empty();
    }
    List<Node> updates = new ArrayList<>();
    for (AssignExpr a : block.findAll(AssignExpr.class)) {
      if (a.getTarget() instanceof NameExpr n && sameVariable(n, name, variable.get())) {
        updates.add(a);
      }
    }
    for (UnaryExpr u : block.findAll(UnaryExpr.class)) {
      if (Operators.isIncrementOrDecrement(u) && u.getExpression() instanceof NameExpr n
          && sameVariable(n, name, variable.get())) {
        updates.add(u);
      }
    }
    if (updates.size() != 1 || !isIncrementByOne(updates.get(0))
        || !(updates.get(0).getParentNode().orElse(null)
            instanceof com.github.javaparser.ast.stmt.ExpressionStmt increment)
        || !oncePerIteration(increment, loop)) {
      return Optional.empty();
    }
    IntRanges ranges = env.analyses().ranges();
    IntRanges.Range from = orInt(ranges.range(start, f));
    IntRanges.Range to = orInt(ranges.range(compare.getRight(), f));
    boolean strict = compare.getOperator() == BinaryExpr.Operator.LESS;
    if (!strict && to.hi() >= type.hi()) {
      return Optional.empty(); // i <= MAX_VALUE: i++ wraps and the loop goes on
    }
    boolean incrementLast = loop.getBody() instanceof com.github.javaparser.ast.stmt.BlockStmt body
        && !body.getStatements().isEmpty()
        && body.getStatements().get(body.getStatements().size() - 1) == increment;
    long last = to.hi() - (strict ? 1 : 0) + (incrementLast ? 0 : 1);
    return Optional.of(new Counter(name,
        new IntRanges.Range(from.lo(), Math.max(from.lo(), last)), variable.get()));
  }

  private boolean sameVariable(NameExpr n, String name, Element variable) {
    return n.getNameAsString().equals(name)
        && env.oracle().element(n).map(variable::equals).orElse(true); // unknown: count it
  }

  private static boolean isIncrementByOne(Node update) {
    if (update instanceof UnaryExpr u) {
      return u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
          || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT;
    }
    return update instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.PLUS
        && a.getValue() instanceof IntegerLiteralExpr one && one.asNumber().intValue() == 1;
  }

  /** Whether {@code statement} is in {@code loop}'s body but in no loop, lambda or class there. */
  private static boolean oncePerIteration(Node statement, com.github.javaparser.ast.stmt.WhileStmt loop) {
    for (Node n = statement.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n == loop) {
        return true;
      }
      if (n instanceof com.github.javaparser.ast.stmt.ForStmt
          || n instanceof com.github.javaparser.ast.stmt.ForEachStmt
          || n instanceof com.github.javaparser.ast.stmt.WhileStmt
          || n instanceof com.github.javaparser.ast.stmt.DoStmt
          || n instanceof LambdaExpr
          || n instanceof com.github.javaparser.ast.body.TypeDeclaration<?>
          || n instanceof ObjectCreationExpr) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code i * i <= C} (or {@code <}) with C a non-negative constant, counting up from a
   * non-negative start: i stays within [start, isqrt(C)], and the test's {@code i * i} never
   * leaves the type as long as (isqrt(C) + step)^2 fits it.
   */
  private Optional<IntRanges.Range> squareBounded(BinaryExpr compare, String name,
      IntRanges.Range from, IntRanges.Range to, Step step, boolean strict) {
    Expression square = unparenthesized(compare.getLeft());
    if (!(square instanceof BinaryExpr product)
        || product.getOperator() != BinaryExpr.Operator.MULTIPLY
        || !(product.getLeft() instanceof NameExpr a) || !a.getNameAsString().equals(name)
        || !(product.getRight() instanceof NameExpr b) || !b.getNameAsString().equals(name)
        || step.values().lo() <= 0 || from.lo() < 0 || to.lo() != to.hi() || to.lo() < 0
        || compare.getOperator() == BinaryExpr.Operator.GREATER
        || compare.getOperator() == BinaryExpr.Operator.GREATER_EQUALS) {
      return Optional.empty();
    }
    long largestSquare = strict ? to.lo() - 1 : to.lo();
    if (largestSquare < 0) {
      return Optional.empty();
    }
    long root = (long) Math.sqrt((double) largestSquare);
    while (root * root > largestSquare) {
      root--;
    }
    while ((root + 1) * (root + 1) <= largestSquare) {
      root++;
    }
    IntRanges.Range type = typeRange(a);
    long next = root + step.values().hi();
    if (type == null || next > 3_037_000_499L || next * next > type.hi()) {
      return Optional.empty();
    }
    return Optional.of(new IntRanges.Range(from.lo(), Math.max(from.lo(), root)));
  }

  /** The values a counter takes in the body, from its start up to the last one the test admits. */
  private static IntRanges.Range values(IntRanges.Range from, IntRanges.Range to, boolean up,
      boolean strict) {
    return up
        ? new IntRanges.Range(from.lo(), Math.max(from.lo(), to.hi() - (strict ? 1 : 0)))
        : new IntRanges.Range(Math.min(from.hi(), to.lo() + (strict ? 1 : 0)), from.hi());
  }

  /**
   * Whether the counter, once past the last value the test admits, still fits its type: Java's
   * {@code i <= n} with n the type's largest value, or {@code i += 2} just below it, wraps to a
   * value the test admits again and loops on, which a range does not.
   */
  private boolean staysInType(NameExpr counter, IntRanges.Range to, Step step, boolean strict) {
    IntRanges.Range type = typeRange(counter);
    if (type == null) {
      return false;
    }
    int slack = strict ? 1 : 0;
    return step.values().lo() > 0
        ? to.hi() <= type.hi() - step.values().hi() + slack
        : to.lo() >= type.lo() - step.values().lo() - slack;
  }

  private IntRanges.Range typeRange(NameExpr counter) {
    javax.lang.model.type.TypeMirror type = expressions.typeOf(counter);
    return type == null || !expressions.javaTypes().isIntegral(type) ? null
        : IntRanges.ofType(type, expressions.javaTypes());
  }

  private static Expression unparenthesized(Expression e) {
    while (e instanceof EnclosedExpr enclosed) {
      e = enclosed.getInner();
    }
    return e;
  }

  /** A counter's bounds need an int's at least; unknown arithmetic is any int. */
  private static IntRanges.Range orInt(IntRanges.Range range) {
    return range == null ? IntRanges.Range.INT : range;
  }

  private static PyExpr plus(PyExpr e, int k) {
    if (e instanceof PyExpr.Literal l && l.source().matches("-?[0-9]+")) {
      return new PyExpr.Literal(Long.toString(Long.parseLong(l.source()) + k));
    }
    if (e instanceof PyExpr.BinOp b && b.right() instanceof PyExpr.Literal l
        && l.source().equals(Integer.toString(Math.abs(k)))
        && b.op().equals(k > 0 ? "-" : "+")) {
      return b.left(); // i <= a.length - 1: range(len(a))
    }
    return new PyExpr.BinOp(e, k > 0 ? "+" : "-", new PyExpr.Literal(Integer.toString(Math.abs(k))));
  }

  /**
   * A counter's step: the values it can take (negative for a decreasing loop), what it is in
   * Python, and the local it reads ({@code j += i}), or null for a literal step.
   */
  private record Step(IntRanges.Range values, PyExpr python, String variable) {
    boolean isOne() {
      return values.lo() == 1 && values.hi() == 1;
    }
  }

  /**
   * +1 for i++, -1 for i--, k for i += k (a positive literal), or for i += n with n a local or
   * parameter whose range is known positive (the loop checks that its body leaves n alone).
   */
  private Optional<Step> step(Expression update, String name, FunctionContext f) {
    if (update instanceof UnaryExpr u && u.getExpression() instanceof NameExpr n
        && n.getNameAsString().equals(name)) {
      return switch (u.getOperator()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> Optional.of(literalStep(1));
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> Optional.of(literalStep(-1));
        default -> Optional.empty();
      };
    }
    if (!(update instanceof AssignExpr a) || !(a.getTarget() instanceof NameExpr n)
        || !n.getNameAsString().equals(name)
        || (a.getOperator() != AssignExpr.Operator.PLUS
            && a.getOperator() != AssignExpr.Operator.MINUS)) {
      return Optional.empty();
    }
    boolean minus = a.getOperator() == AssignExpr.Operator.MINUS;
    if (a.getValue() instanceof IntegerLiteralExpr k) {
      int value = k.asNumber().intValue();
      return value <= 0 ? Optional.empty() : Optional.of(literalStep(minus ? -value : value));
    }
    if (a.getValue() instanceof NameExpr k && !k.getNameAsString().equals(name) && stable(k)
        && expressions.javaTypes().isIntegral(expressions.typeOf(k))) {
      IntRanges.Range r = env.analyses().ranges().range(k, f);
      if (r == null || r.lo() < 1 || r.hi() > Integer.MAX_VALUE) {
        return Optional.empty();
      }
      PyExpr value = expressions.translate(k, f);
      return Optional.of(minus
          ? new Step(new IntRanges.Range(-r.hi(), -r.lo()), new PyExpr.UnaryOp("-", value),
              k.getNameAsString())
          : new Step(r, value, k.getNameAsString()));
    }
    return Optional.empty();
  }

  private static Step literalStep(int k) {
    return new Step(new IntRanges.Range(k, k), new PyExpr.Literal(Integer.toString(k)), null);
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
   * A literal, a compile-time constant, a local or parameter, the length of an array in one, or
   * a sum or difference of these (their assignments are checked separately; an array's length never
   * changes): evaluated once by range(), as every time by Java's test.
   */
  private boolean stable(Expression bound) {
    Expression array = arrayLength(bound);
    if (array != null) {
      return stable(array) && array instanceof NameExpr;
    }
    if (bound instanceof IntegerLiteralExpr || bound instanceof LongLiteralExpr) {
      return true;
    }
    if (expressions.constants().value(bound)
        .filter(v -> v instanceof Integer || v instanceof Long).isPresent()) {
      return true; // a compile-time constant (LIMIT, LIMIT + 1): javac folds it, it never changes
    }
    if (bound instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      return u.getExpression() instanceof IntegerLiteralExpr;
    }
    if (bound instanceof EnclosedExpr enclosed) {
      return stable(enclosed.getInner());
    }
    if (bound instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.PLUS
        || b.getOperator() == BinaryExpr.Operator.MINUS)) {
      return stable(b.getLeft()) && stable(b.getRight()); // n - 1, a.length - 1: read once
    }
    if (bound instanceof NameExpr n) {
      Optional<Element> e = env.oracle().element(n);
      return e.isPresent() && (e.get().getKind() == ElementKind.LOCAL_VARIABLE
          || e.get().getKind() == ElementKind.PARAMETER);
    }
    return false;
  }

  private static boolean assigns(Node body, String name) {
    if (name == null) {
      return false;
    }
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
