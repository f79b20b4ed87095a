package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.*;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
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

  /** A switch statement. */
  void statement(SwitchStmt stmt, FunctionContext f, List<PyStmt> out) {
    List<Group> groups = groups(stmt.getEntries());
    if (groups == null) {
      return;
    }
    Selector selector = selector(stmt.getSelector(), f, out, false);
    List<Arm> arms = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Statement> body = fallThroughBody(groups, i, stmt);
      arms.add(new Arm(groups.get(i), body));
    }
    out.addAll(chain(arms, selector, f, arm -> expressions.statements().block(arm.body(), f)));
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
    out.addAll(chain(arms, selector, f, arm -> armBody(arm, f, sink, sinkExits)));
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

  /** A switch expression whose arms are all expressions: nested conditional expressions. */
  PyExpr expression(SwitchExpr expr, FunctionContext f) {
    if (!isExpressionOnly(expr)) {
      return expressions.reject(Message.SWITCH_FLOW, expr, "a switch expression with block arms used inside "
          + "another expression", "assign the switch to a local variable first");
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
      tested.remove(fallback);
    }
    // Build from the last arm up, so the first test (holding the := of the selector) is outermost.
    for (int i = tested.size() - 1; i >= 0; i--) {
      Group g = tested.get(i);
      result = new PyExpr.IfExp(condition(g, selector, f, i == 0), value(g, f), result);
    }
    return result;
  }

  private PyExpr value(Group g, FunctionContext f) {
    Statement only = g.statements().get(0);
    if (only instanceof ExpressionStmt e) {
      return expressions.translate(e.getExpression(), f);
    }
    return expressions.reject(Message.SWITCH_FLOW, only, "this switch arm", "use an expression");
  }

  private List<PyStmt> armBody(Arm arm, FunctionContext f, Function<PyExpr, PyStmt> sink,
      boolean sinkExits) {
    List<Statement> body = arm.body();
    if (arm.group().type() == SwitchEntry.Type.EXPRESSION) {
      Expression value = ((ExpressionStmt) body.get(0)).getExpression();
      return List.of(sink.apply(expressions.translate(value, f)));
    }
    List<Statement> flat = body.size() == 1 && body.get(0) instanceof BlockStmt b
        ? b.getStatements() : body;
    List<PyStmt> out = new ArrayList<>();
    f.enterSwitchArm(sink);
    try {
      armStatements(flat, f, sink, sinkExits, out);
    } finally {
      f.exitSwitchArm();
    }
    return out;
  }

  private void armStatements(List<Statement> flat, FunctionContext f,
      Function<PyExpr, PyStmt> sink, boolean sinkExits, List<PyStmt> out) {
    for (int i = 0; i < flat.size(); i++) {
      Statement s = flat.get(i);
      if (s instanceof YieldStmt yield) {
        if (i != flat.size() - 1 && !sinkExits) {
          env.report(yield, Message.SWITCH_FLOW, "yield before the end of a switch arm",
              "make yield the arm's last statement");
        }
        out.add(sink.apply(expressions.translate(yield.getExpression(), f)));
      } else {
        checkNestedYields(s, sinkExits);
        expressions.statements().translate(s, f, out);
      }
    }
  }

  private void checkNestedYields(Statement s, boolean sinkExits) {
    for (YieldStmt nested : s.findAll(YieldStmt.class)) {
      if (sinkExits) {
        continue; // yield becomes return, which leaves from anywhere
      }
      env.report(nested, Message.SWITCH_FLOW, "yield inside a nested statement",
          "make yield the arm's last statement");
    }
  }

  private List<PyStmt> chain(List<Arm> arms, Selector selector, FunctionContext f,
      Function<Arm, List<PyStmt>> body) {
    Arm fallback = arms.stream().filter(a -> a.group().isDefault()).findFirst().orElse(null);
    List<Arm> tested = new ArrayList<>(arms);
    tested.remove(fallback);
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
      if (label instanceof TypePatternExpr pattern) {
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
      if (entry.getLabels().stream().anyMatch(Expression::isRecordPatternExpr)) {
        env.report(entry, Message.RECORD_PATTERN, "a record pattern case label",
            "use a type pattern (case Point p) and read its fields");
        return null;
      }
      if (!pendingLabels.isEmpty() && (entry.getGuard().isPresent()
          || entry.getLabels().stream().anyMatch(Expression::isTypePatternExpr))) {
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
  private List<Statement> fallThroughBody(List<Group> groups, int i, SwitchStmt stmt) {
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
        if (k == i) {
          reportInnerBreaks(st);
        }
        body.add(st);
      }
      if (!g.statements().isEmpty() && leaves(g.statements().get(g.statements().size() - 1))) {
        return body;
      }
    }
    return body;
  }

  /** A break inside an if of a case leaves the switch in Java but the loop in Python. */
  private void reportInnerBreaks(Statement s) {
    for (BreakStmt b : s.findAll(BreakStmt.class)) {
      if (b.getLabel().isPresent()) {
        continue;
      }
      Optional<Node> target = b.getParentNode();
      while (target.isPresent() && !(target.get() instanceof SwitchStmt)
          && !isLoop(target.get())) {
        target = target.get().getParentNode();
      }
      if (target.isPresent() && target.get() instanceof SwitchStmt) {
        env.report(b, Message.SWITCH_FLOW, "break inside a nested statement of a "
            + "switch case", "restructure the case (for example with if/else) so break is its "
            + "last statement");
      }
    }
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
      return labels.stream().anyMatch(Expression::isTypePatternExpr);
    }
  }

  private record Arm(Group group, List<Statement> body) {}

  /** The selector's value, and the first use that also assigns it ({@code :=}), if any. */
  private record Selector(PyExpr value, PyExpr assignOnce) {}
}
