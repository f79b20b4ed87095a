package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.*;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyNames;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code switch} statements and expressions as {@code if}/{@code elif}/{@code else} chains.
 *
 * <p>The selector is evaluated once. A case group that falls through gets the statements of the
 * groups it falls into (Python has no fall-through), so the chain is exact; {@code default} is the
 * {@code else}, wherever it stands, since the labels are distinct. A {@code break} that leaves the
 * switch is only accepted as the last statement of a group: anywhere else Python's {@code break}
 * would leave the enclosing loop instead.
 */
final class SwitchTranslator {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  SwitchTranslator(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  /**
   * A switch statement. When a {@code break} leaves it from inside a nested statement (an if, a
   * try, a block), the chain goes into a one-pass {@code while True: ... break}, which Python's
   * break leaves; a {@code continue} inside then reaches the loop around by a flag.
   */
  void statement(SwitchStmt stmt, FunctionContext f, List<PyStmt> out) {
    List<Group> groups = groups(stmt.getEntries());
    if (groups == null) {
      return;
    }
    Selector selector = selector(stmt.getSelector(), f, out, false);
    List<Arm> arms = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Statement> body = fallThroughBody(groups, i);
      arms.add(new Arm(groups.get(i), body));
    }
    if (!leftFromInside(stmt)) {
      out.addAll(chain(arms, selector, f, arm -> expressions.statements().block(arm.body(), f)));
      return;
    }
    expressions.statements().onePass(f, out, inner -> inner.addAll(
        chain(arms, selector, f, arm -> expressions.statements().block(arm.body(), f))));
  }

  /**
   * Whether an unlabeled {@code break} that leaves {@code stmt} stands anywhere but directly in
   * a group's statements (where the chain drops it: the group's end leaves the if/elif anyway).
   */
  private static boolean leftFromInside(SwitchStmt stmt) {
    return stmt.findAll(BreakStmt.class).stream()
        .anyMatch(b -> b.getLabel().isEmpty() && breakTarget(b) == stmt
            && !(b.getParentNode().orElse(null) instanceof SwitchEntry));
  }

  /** The loop or switch statement an unlabeled {@code break} leaves, or null. */
  static Node breakTarget(BreakStmt b) {
    for (Node n = b.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof SwitchStmt || isLoop(n)) {
        return n;
      }
      if (n instanceof com.github.javaparser.ast.expr.LambdaExpr
          || n instanceof com.github.javaparser.ast.body.BodyDeclaration<?>) {
        return null;
      }
    }
    return null;
  }

  /**
   * A switch expression whose value goes to {@code sink} (an assignment or a return): arms with
   * blocks become statements, each {@code yield v} becoming {@code sink(v)}.
   */
  void statementForm(SwitchExpr expr, FunctionContext f, List<PyStmt> out,
      Function<PyExpr, PyStmt> sink, boolean sinkExits) {
    List<Group> groups = groups(expr.getEntries());
    if (groups == null) {
      return;
    }
    Selector selector = selector(expr.getSelector(), f, out, false);
    List<Arm> arms = new ArrayList<>();
    for (Group g : groups) {
      arms.add(new Arm(g, g.statements()));
    }
    if (sinkExits || !hasNestedYield(groups)) {
      out.addAll(chain(arms, selector, f, arm -> armBody(arm, f, sink, sinkExits, null)));
      return;
    }
    // A yield inside an if or a loop of an arm must leave the switch once its value is kept.
    expressions.statements().onePass(f, out, inner -> inner.addAll(chain(arms, selector, f,
        arm -> armBody(arm, f, sink, false, f.innermostLoop()))));
  }

  /** Whether a {@code yield} of these arms stands anywhere but last in its arm. */
  private static boolean hasNestedYield(List<Group> groups) {
    for (Group g : groups) {
      List<Statement> flat = flat(g.statements());
      for (int i = 0; i < flat.size(); i++) {
        Statement s = flat.get(i);
        boolean lastYield = s instanceof YieldStmt && i == flat.size() - 1;
        if (!lastYield && s.findAll(YieldStmt.class).stream()
            .anyMatch(y -> yieldTarget(y) == g.entry().getParentNode().orElse(null))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The switch expression a {@code yield} gives its value to. */
  private static Node yieldTarget(YieldStmt y) {
    for (Node n = y.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof SwitchExpr) {
        return n;
      }
    }
    return null;
  }

  private static List<Statement> flat(List<Statement> body) {
    return body.size() == 1 && body.get(0) instanceof BlockStmt b ? b.getStatements() : body;
  }

  /** Whether {@code expr} can be written as one Python expression: every arm is an expression. */
  static boolean isExpressionOnly(SwitchExpr expr) {
    return expr.getEntries().stream().allMatch(e -> e.getType() == SwitchEntry.Type.EXPRESSION);
  }

  /**
   * Whether a switch expression that is returned or initialises a local is written as
   * {@code if}/{@code elif} statements: when an arm is a block, or when it has more than two arms
   * (a chain of conditional expressions that long is not how anyone writes Python).
   */
  static boolean readsBetterAsStatements(SwitchExpr expr) {
    return !isExpressionOnly(expr) || expr.getEntries().size() > 2;
  }

  /**
   * A switch expression whose arms are all expressions: nested conditional expressions. One with
   * block arms is a local function called in its place ({@code _switch()}), so it is evaluated
   * exactly where Java evaluates it; its arms read the function's locals by closure.
   */
  PyExpr expression(SwitchExpr expr, FunctionContext f) {
    if (!isExpressionOnly(expr)) {
      return localFunction(expr, f);
    }
    List<Group> groups = groups(expr.getEntries());
    if (groups == null) {
      return ExpressionTranslator.ERROR;
    }
    Selector selector = selector(expr.getSelector(), f, null, true);
    PyExpr result;
    Group fallback = groups.stream().filter(Group::isDefault).findFirst()
        .orElse(groups.get(groups.size() - 1)); // exhaustive without default: the last arm
    List<Group> tested = new ArrayList<>(groups);
    if (!fallback.isDefault() && (fallback.hasPattern() || fallback.guard() != null)) {
      // Exhaustive over a sealed type: the last arm still binds its variable (never None here).
      result = ExpressionTranslator.ERROR;
    } else {
      result = value(fallback, f);
      tested.removeIf(arm -> arm == fallback); // by identity: an arm's equals compares whole subtrees
    }
    // Build from the last arm up, so the first test (holding the := of the selector) is outermost.
    for (int i = tested.size() - 1; i >= 0; i--) {
      Group g = tested.get(i);
      result = new PyExpr.IfExp(condition(g, selector, f, i == 0), value(g, f), result);
    }
    return result;
  }

  private PyExpr localFunction(SwitchExpr expr, FunctionContext f) {
    java.util.Set<String> own = new java.util.HashSet<>();
    expr.findAll(com.github.javaparser.ast.body.VariableDeclarator.class)
        .forEach(v -> own.add(v.getNameAsString()));
    expr.findAll(TypePatternExpr.class).forEach(p -> own.add(p.getNameAsString()));
    FunctionContext inner = f.closure(own);
    List<PyStmt> body = new ArrayList<>();
    statementForm(expr, inner, body, PyStmt.Return::new, true);
    java.util.Set<String> assigned = new java.util.LinkedHashSet<>();
    PyNames.assigned(body, assigned);
    assigned.retainAll(inner.captured());
    List<PyStmt> def = new ArrayList<>();
    if (!assigned.isEmpty()) {
      def.add(new PyStmt.Global(List.copyOf(assigned), true));
    }
    def.addAll(body);
    boolean async = f.async() && PyNames.awaits(body);
    String name = f.temporary("switch");
    f.hoistHere(new PyStmt.FunctionDef(name, List.of(), async, def));
    PyExpr call = new PyExpr.Call(new PyExpr.Name(name), List.of());
    return async ? new PyExpr.Await(call) : call;
  }

  private PyExpr value(Group g, FunctionContext f) {
    Statement only = g.statements().get(0);
    if (only instanceof ExpressionStmt e) {
      return expressions.translate(e.getExpression(), f);
    }
    return expressions.reject(Message.SWITCH_FLOW, only, "this switch arm", "use an expression");
  }

  /**
   * The statements of one arm of a switch expression, each {@code yield v} becoming
   * {@code sink(v)}; one nested in the arm's statements then leaves {@code exit} (the one-pass
   * loop around the chain), unless the sink leaves by itself (a return).
   */
  private List<PyStmt> armBody(Arm arm, FunctionContext f, Function<PyExpr, PyStmt> sink,
      boolean sinkExits, FunctionContext.Loop exit) {
    List<Statement> body = arm.body();
    if (arm.group().type() == SwitchEntry.Type.EXPRESSION) {
      Expression value = ((ExpressionStmt) body.get(0)).getExpression();
      PyExpr translated = expressions.translate(value, f);
      List<PyStmt> out = new ArrayList<>(f.drainHoisted()); // definitions the value calls
      out.add(sink.apply(translated));
      return out;
    }
    List<Statement> flat = flat(body);
    List<PyStmt> out = new ArrayList<>();
    f.enterSwitchArm(sink, sinkExits ? null : exit);
    try {
      for (int i = 0; i < flat.size(); i++) {
        Statement s = flat.get(i);
        if (s instanceof YieldStmt yield && i == flat.size() - 1) {
          // the arm's last statement: the chain ends after it anyway
          PyExpr value = expressions.translate(yield.getExpression(), f);
          out.addAll(f.drainHoisted());
          out.add(sink.apply(value));
        } else {
          expressions.statements().translate(s, f, out);
        }
      }
    } finally {
      f.exitSwitchArm();
    }
    return out;
  }

  private List<PyStmt> chain(List<Arm> arms, Selector selector, FunctionContext f,
      Function<Arm, List<PyStmt>> body) {
    Arm fallback = arms.stream().filter(a -> a.group().isDefault()).findFirst().orElse(null);
    List<Arm> tested = new ArrayList<>(arms);
    tested.removeIf(arm -> arm == fallback); // by identity: an arm's equals compares whole subtrees
    List<PyStmt> orElse = fallback == null ? List.of() : body.apply(fallback);
    if (tested.isEmpty()) {
      return orElse;
    }
    List<PyExpr> conditions = new ArrayList<>();
    List<List<PyStmt>> bodies = new ArrayList<>();
    for (int i = 0; i < tested.size(); i++) {
      conditions.add(condition(tested.get(i).group(), selector, f, i == 0));
      bodies.add(body.apply(tested.get(i)));
    }
    List<PyStmt> result = orElse;
    for (int i = tested.size() - 1; i >= 0; i--) {
      result = List.of(new PyStmt.If(conditions.get(i), bodies.get(i), result));
    }
    return result;
  }

  private PyExpr condition(Group g, Selector selector, FunctionContext f, boolean first) {
    PyExpr test = null;
    for (int i = 0; i < g.labels().size(); i++) {
      Expression label = g.labels().get(i);
      PyExpr subject = first && i == 0 && selector.assignOnce() != null
          ? selector.assignOnce() : selector.value();
      PyExpr one;
      if (label instanceof com.github.javaparser.ast.expr.RecordPatternExpr pattern) {
        // case Point(var x, var y) -> a chain of tests binding x and y as they match
        one = new RecordPatterns(env, expressions).test(pattern, subject, f, "a case pattern for");
      } else if (label instanceof TypePatternExpr pattern) {
        // case Circle c -> isinstance((c := s), Circle): the binding is set where it matches.
        one = expressions.typeTest(new PyExpr.NamedExpr(f.local(pattern.getNameAsString()), subject),
            patternType(pattern), pattern, "a case pattern for");
      } else if (label.isNullLiteralExpr()) {
        one = new PyExpr.BinOp(subject, "is", new PyExpr.Name("None"));
      } else {
        one = new PyExpr.BinOp(subject, "==", label(label, f));
      }
      test = test == null ? one : new PyExpr.BinOp(test, "or", one);
    }
    if (g.guard() != null) {
      test = new PyExpr.BinOp(test, "and", expressions.translate(g.guard(), f));
    }
    return test;
  }

  private javax.lang.model.type.TypeMirror patternType(TypePatternExpr pattern) {
    return env.oracle().element(pattern).map(javax.lang.model.element.Element::asType)
        .or(() -> env.oracle().type(pattern.getType()))
        .orElse(null);
  }

  private PyExpr label(Expression label, FunctionContext f) {
    return expressions.translate(label, f);
  }

  /** The selector, evaluated once: a local is used as it is, anything else goes to a temporary. */
  private Selector selector(Expression selector, FunctionContext f, List<PyStmt> out,
      boolean inExpression) {
    PyExpr value = expressions.translate(selector, f);
    if (!inExpression) {
      out.addAll(f.drainHoisted()); // what the selector needs, before the arms' own
    }
    if (selector instanceof NameExpr && value instanceof PyExpr.Name) {
      return new Selector(value, null);
    }
    String temp = f.temporary("selector");
    if (inExpression) {
      return new Selector(new PyExpr.Name(temp), new PyExpr.NamedExpr(temp, value));
    }
    out.add(new PyStmt.Assign(new PyExpr.Name(temp), value));
    return new Selector(new PyExpr.Name(temp), null);
  }

  /** The case groups, or null (after reporting) if a label is a pattern. */
  private List<Group> groups(List<SwitchEntry> entries) {
    List<Group> groups = new ArrayList<>();
    List<Expression> pendingLabels = new ArrayList<>();
    boolean pendingDefault = false;
    for (SwitchEntry entry : entries) {
      if (!pendingLabels.isEmpty() && (entry.getGuard().isPresent()
          || entry.getLabels().stream().anyMatch(e -> e.isTypePatternExpr()
              || e.isRecordPatternExpr()))) {
        // javac forbids falling into a pattern: never reached.
        env.report(entry, Message.SWITCH_FLOW, "falling into a pattern case", "—");
        return null;
      }
      pendingLabels.addAll(entry.getLabels());
      pendingDefault |= entry.isDefault();
      if (entry.getType() == SwitchEntry.Type.STATEMENT_GROUP && entry.getStatements().isEmpty()
          && entry != entries.get(entries.size() - 1)) {
        continue; // case 1: case 2: ... share the next statements
      }
      groups.add(new Group(List.copyOf(pendingLabels), pendingDefault, entry.getType(),
          entry.getStatements(), entry, entry.getGuard().orElse(null)));
      pendingLabels.clear();
      pendingDefault = false;
    }
    return groups;
  }

  /**
   * Group {@code i}'s statements followed by those it falls into, up to the first that leaves;
   * a trailing {@code break} (which leaves the switch) is dropped.
   */
  private List<Statement> fallThroughBody(List<Group> groups, int i) {
    List<Statement> body = new ArrayList<>();
    for (int k = i; k < groups.size(); k++) {
      Group g = groups.get(k);
      if (g.type() != SwitchEntry.Type.STATEMENT_GROUP) {
        body.addAll(g.statements());
        break;
      }
      for (int s = 0; s < g.statements().size(); s++) {
        Statement st = g.statements().get(s);
        boolean last = s == g.statements().size() - 1;
        if (st instanceof BreakStmt b && b.getLabel().isEmpty()) {
          if (!last) {
            env.report(b, Message.SWITCH_FLOW, "a statement after break", "remove it");
          }
          return body;
        }
        body.add(st);
      }
      if (!g.statements().isEmpty() && leaves(g.statements().get(g.statements().size() - 1))) {
        return body;
      }
    }
    return body;
  }

  private static boolean isLoop(Node n) {
    return n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt
        || n instanceof DoStmt;
  }

  private static boolean leaves(Statement s) {
    return s instanceof ReturnStmt || s instanceof ContinueStmt || s instanceof ThrowStmt
        || s instanceof BreakStmt || s instanceof YieldStmt;
  }

  private record Group(List<Expression> labels, boolean isDefault, SwitchEntry.Type type,
      List<Statement> statements, SwitchEntry entry, Expression guard) {
    boolean hasPattern() {
      return labels.stream().anyMatch(e -> e.isTypePatternExpr() || e.isRecordPatternExpr());
    }
  }

  private record Arm(Group group, List<Statement> body) {}

  /** The selector's value, and the first use that also assigns it ({@code :=}), if any. */
  private record Selector(PyExpr value, PyExpr assignOnce) {}
}
