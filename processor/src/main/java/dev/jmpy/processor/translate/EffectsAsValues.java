package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyNames;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Assignments, {@code ++} and {@code --} used as values ({@code return next++;},
 * {@code ids[n++] = x;}, {@code n.prev = n.next = null;}, {@code a[i] += b[j]--}), in Java's
 * evaluation order. Python's {@code :=} binds names only, so:
 *
 * <ul>
 *   <li>a local or a static field of this module (a module variable) is {@code (n := n + 1)}, or
 *       {@code (n, (n := n + 1))[0]} for the old value;
 *   <li>a field or an array element becomes statements placed before the statement
 *       ({@code _next = self.next; self.next = _next + 1; return _next}) when that changes nothing
 *       Java would see: the effect is evaluated whenever the statement is (not under {@code &&},
 *       {@code ?:}, a loop condition's later rounds...), and what Java evaluates before it neither
 *       calls anything nor reads what it writes;
 *   <li>anything else is a local function called in its place, {@code _set()}, holding those
 *       statements and returning the value.
 * </ul>
 */
final class EffectsAsValues {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  EffectsAsValues(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  /** {@code x = v}, {@code x op= v} used as a value. */
  PyExpr assignment(AssignExpr assign, FunctionContext f) {
    StatementTranslator statements = expressions.statements();
    if (isPythonName(assign.getTarget())) {
      String name = ((PyExpr.Name) expressions.translate(assign.getTarget(), f)).id();
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
        return new PyExpr.NamedExpr(name, expressions.translate(assign.getValue(), f));
      }
      List<PyStmt> stored = new ArrayList<>();
      statements.assignment(assign, f, stored);
      return asNamedExpr(stored, name);
    }
    return statementsAsValue(assign, f, (inner, out) -> {
      PyExpr target = statements.assignment(assign, inner, out);
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN
          && assign.getValue() instanceof LiteralExpr literal) {
        return expressions.translate(literal, inner); // n.prev = n.next = null: None twice
      }
      return read(assign.getTarget(), target);
    });
  }

  /** {@code ++x}, {@code x--}, ... used as a value. */
  PyExpr increment(UnaryExpr unary, FunctionContext f) {
    StatementTranslator statements = expressions.statements();
    boolean prefix = unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
        || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT;
    if (isPythonName(unary.getExpression())) {
      PyExpr name = expressions.translate(unary.getExpression(), f);
      PyExpr next = asNamedExpr(List.of(statements.incrementStatement(unary, name, name, f)),
          ((PyExpr.Name) name).id());
      return prefix ? next : new PyExpr.Subscript(new PyExpr.TupleExpr(List.of(name, next)),
          new PyExpr.Literal("0"));
    }
    return statementsAsValue(unary, f, (inner, out) -> {
      PyExpr target = statements.stableTarget(unary.getExpression(), Set.of(), inner, out);
      if (prefix) {
        out.add(statements.incrementStatement(unary, target, target, inner));
        return read(unary.getExpression(), target);
      }
      PyExpr old = new PyExpr.Name(inner.temporary(baseName(unary.getExpression())));
      out.add(new PyStmt.Assign(old, read(unary.getExpression(), target)));
      out.add(statements.incrementStatement(unary, target, old, inner));
      return old;
    });
  }

  /** Writes the statements of an effect into {@code out} (in context {@code f}); returns its value. */
  private interface Effect {
    PyExpr write(FunctionContext f, List<PyStmt> out);
  }

  /**
   * The effect's statements placed before the current statement when Java could not tell, else
   * a local function called in the effect's place.
   */
  private PyExpr statementsAsValue(Expression effect, FunctionContext f, Effect write) {
    if (canMoveBefore(effect)) {
      List<PyStmt> before = new ArrayList<>();
      PyExpr value = write.write(f, before);
      before.forEach(f::hoistHere);
      return value;
    }
    FunctionContext inner = f.closure(Set.of());
    List<PyStmt> body = new ArrayList<>();
    PyExpr value = write.write(inner, body);
    List<PyStmt> def = new ArrayList<>();
    Set<String> assigned = new LinkedHashSet<>();
    List<PyStmt> nested = inner.drainHoisted(); // effects inside this one, already ordered
    List<PyStmt> all = new ArrayList<>(nested);
    all.addAll(body);
    PyNames.assigned(all, assigned);
    assigned.retainAll(inner.captured());
    if (!assigned.isEmpty()) {
      def.add(new PyStmt.Global(List.copyOf(assigned), true));
    }
    def.addAll(all);
    def.add(new PyStmt.Return(value));
    boolean async = f.async() && PyNames.awaits(all);
    String name = f.temporary("set");
    f.hoistHere(new PyStmt.FunctionDef(name, List.of(), async, def));
    PyExpr call = new PyExpr.Call(new PyExpr.Name(name), List.of());
    return async ? new PyExpr.Await(call) : call;
  }

  /** {@code (n := value)} from the one statement {@code n = value} or {@code n op= v}. */
  private PyExpr asNamedExpr(List<PyStmt> stored, String name) {
    if (stored.size() == 1) {
      switch (stored.get(0)) {
        case PyStmt.Assign a when a.target() instanceof PyExpr.Name n && n.id().equals(name) -> {
          return new PyExpr.NamedExpr(name, a.value());
        }
        case PyStmt.AugAssign a when a.target() instanceof PyExpr.Name n && n.id().equals(name) -> {
          return new PyExpr.NamedExpr(name, new PyExpr.BinOp(n, a.op(), a.value()));
        }
        default -> { }
      }
    }
    return ExpressionTranslator.ERROR; // errors were reported where the statement was made
  }

  /** The target's value as Java reads it (a byte[] is an array("b"), which reads signed). */
  private PyExpr read(Expression javaTarget, PyExpr target) {
    return target;
  }

  private static String baseName(Expression target) {
    return switch (target) {
      case NameExpr n -> Names.snake(n.getNameAsString());
      case FieldAccessExpr a -> Names.snake(a.getNameAsString());
      case EnclosedExpr e -> baseName(e.getInner());
      default -> "old";
    };
  }

  /**
   * Whether the target is a Python name: a local, or a static field of this module (a module
   * variable, which {@code global} lets {@code :=} assign).
   */
  private boolean isPythonName(Expression target) {
    if (target instanceof EnclosedExpr e) {
      return isPythonName(e.getInner());
    }
    if (!(target instanceof NameExpr) && !(target instanceof FieldAccessExpr)) {
      return false;
    }
    Optional<Element> element = env.oracle().element(target);
    if (element.isEmpty()) {
      return false;
    }
    return switch (element.get().getKind()) {
      // a local that Java lets code assign is never a captured one (those are effectively final)
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE ->
          target instanceof NameExpr;
      case FIELD -> {
        Element field = element.get();
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        yield field.getModifiers().contains(Modifier.STATIC) && Stubs.pyModule(owner).isEmpty()
            && Stubs.isTranslated(owner) && expressions.calls().module().isThisModule(owner);
      }
      default -> false;
    };
  }

  // ---- whether an effect may move before its statement ----

  /**
   * Whether Java could not tell the effect from statements placed before the statement it stands
   * in: it is evaluated exactly once whenever the statement is, and what Java evaluates before it
   * in that statement calls nothing and does not read or write what it changes.
   */
  boolean canMoveBefore(Expression effect) {
    Node child = effect;
    Access mine = access(effect);
    for (Node parent = effect.getParentNode().orElse(null); parent != null;
        parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof Statement statement) {
        return isMovableRoot(statement, child);
      }
      Optional<List<Node>> earlier = evaluatedBefore(parent, child);
      if (earlier.isEmpty()) {
        return false; // conditional, or an order jmpy does not follow here
      }
      for (Node before : earlier.get()) {
        if (!independent(before, mine)) {
          return false;
        }
      }
      child = parent;
    }
    return false;
  }

  /** The statement an effect's statements may be placed before, when its expression is its own. */
  private static boolean isMovableRoot(Statement statement, Node child) {
    return switch (statement) {
      // an expression lambda's body too: the lambda becomes a def holding the statements
      // (Functions never writes a lambda with effects inline)
      case ExpressionStmt s -> !(s.getParentNode().orElse(null) instanceof SwitchEntry entry
          && entry.getParentNode().orElse(null) instanceof SwitchExpr);
      case ReturnStmt s -> true;
      case ThrowStmt s -> true;
      case IfStmt s -> s.getCondition() == child;
      case SwitchStmt s -> s.getSelector() == child;
      case ForEachStmt s -> s.getIterable() == child;
      default -> false;
    };
  }

  /**
   * What Java evaluates before {@code child} as part of {@code parent}, or empty when
   * {@code child} is not always evaluated with its parent (or the order is not followed here).
   */
  private static Optional<List<Node>> evaluatedBefore(Node parent, Node child) {
    List<Node> before = new ArrayList<>();
    switch (parent) {
      case EnclosedExpr e -> { }
      case CastExpr e -> { }
      case UnaryExpr e -> { }
      case InstanceOfExpr e -> { }
      case FieldAccessExpr e -> { }
      case BinaryExpr e -> {
        if (e.getRight() == child) {
          if (e.getOperator() == BinaryExpr.Operator.AND
              || e.getOperator() == BinaryExpr.Operator.OR) {
            return Optional.empty(); // evaluated only sometimes
          }
          before.add(e.getLeft());
        }
      }
      case ConditionalExpr e -> {
        if (e.getCondition() != child) {
          return Optional.empty();
        }
      }
      case ArrayAccessExpr e -> {
        if (e.getIndex() == child) {
          before.add(e.getName());
        }
      }
      case AssignExpr e -> {
        if (e.getValue() == child) {
          // the target's object and index; a compound assignment also reads the target
          if (e.getOperator() == AssignExpr.Operator.ASSIGN) {
            before.addAll(targetParts(e.getTarget()));
          } else {
            before.add(e.getTarget());
          }
        }
      }
      case MethodCallExpr e -> {
        if (e.getScope().orElse(null) != child) {
          e.getScope().ifPresent(before::add);
          for (Expression arg : e.getArguments()) {
            if (arg == child) {
              break;
            }
            before.add(arg);
          }
        }
      }
      case ObjectCreationExpr e -> {
        if (e.getAnonymousClassBody().isPresent()) {
          return Optional.empty();
        }
        e.getScope().ifPresent(before::add);
        for (Expression arg : e.getArguments()) {
          if (arg == child) {
            break;
          }
          before.add(arg);
        }
      }
      case ArrayInitializerExpr e -> {
        for (Expression value : e.getValues()) {
          if (value == child) {
            break;
          }
          before.add(value);
        }
      }
      case VariableDeclarator v -> {
        if (v.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration) {
          for (VariableDeclarator other : declaration.getVariables()) {
            if (other == v) {
              break;
            }
            other.getInitializer().ifPresent(before::add);
          }
        }
      }
      case VariableDeclarationExpr e -> { }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(before);
  }

  /**
   * Whether {@code before} (evaluated before the effect in Java) can be evaluated after it: it
   * calls nothing, reads nothing the effect writes, and writes nothing the effect reads or writes
   * (its own effects on fields and elements move before the statement first, in order).
   */
  private boolean independent(Node before, Access effect) {
    Access other = new Access();
    collect(before, other);
    if (other.calls) {
      return false;
    }
    for (String read : other.reads) {
      if (effect.writes.contains(read)) {
        return false;
      }
    }
    for (Expression nested : other.effects) {
      if (!isPythonName(targetOf(nested)) && canMoveBefore(nested)) {
        continue; // placed before the statement ahead of this one
      }
      Access theirs = access(nested);
      for (String write : theirs.writes) {
        if (effect.reads.contains(write) || effect.writes.contains(write)) {
          return false;
        }
      }
    }
    return true;
  }

  /** What an effect reads and writes. */
  private Access access(Expression effect) {
    Access access = new Access();
    collect(effect, access);
    return access;
  }

  private static Expression targetOf(Expression effect) {
    return effect instanceof AssignExpr a ? a.getTarget() : ((UnaryExpr) effect).getExpression();
  }

  /** Reads and writes, by name for locals and fields, one class for all array elements. */
  private static final class Access {
    final Set<String> reads = new HashSet<>();
    final Set<String> writes = new HashSet<>();
    final List<Expression> effects = new ArrayList<>();
    boolean calls;
  }

  private void collect(Node node, Access out) {
    switch (node) {
      case MethodCallExpr call -> {
        out.calls = true;
        return;
      }
      case ObjectCreationExpr creation -> {
        out.calls = true;
        return;
      }
      case SwitchExpr sw -> {
        out.calls = true;
        return;
      }
      case LambdaExpr lambda -> {
        return; // made, not run
      }
      case AssignExpr assign -> {
        out.effects.add(assign);
        String key = key(assign.getTarget());
        if (key != null) {
          out.writes.add(key);
          if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            out.reads.add(key);
          }
        }
        targetParts(assign.getTarget()).forEach(p -> collect(p, out));
        collect(assign.getValue(), out);
        return;
      }
      case UnaryExpr unary when Operators.isIncrementOrDecrement(unary) -> {
        out.effects.add(unary);
        String key = key(unary.getExpression());
        if (key != null) {
          out.writes.add(key);
          out.reads.add(key);
        }
        targetParts(unary.getExpression()).forEach(p -> collect(p, out));
        return;
      }
      case NameExpr name -> {
        String key = key(name);
        if (key != null) {
          out.reads.add(key);
        }
        return;
      }
      case FieldAccessExpr access -> {
        String key = key(access);
        if (key != null) {
          out.reads.add(key);
        }
        collect(access.getScope(), out);
        return;
      }
      case ArrayAccessExpr access -> {
        out.reads.add("element");
        collect(access.getName(), out);
        collect(access.getIndex(), out);
        return;
      }
      default -> {
        for (Node child : node.getChildNodes()) {
          collect(child, out);
        }
      }
    }
  }

  /** The object and index a target evaluates before it is read or written. */
  private static List<Node> targetParts(Expression target) {
    return switch (target) {
      case ArrayAccessExpr a -> List.of(a.getName(), a.getIndex());
      case FieldAccessExpr a -> List.of(a.getScope());
      case EnclosedExpr e -> targetParts(e.getInner());
      default -> List.of();
    };
  }

  /** {@code local:x}, {@code field:x}, {@code element}; null for what is neither. */
  private String key(Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return key(enclosed.getInner());
    }
    if (e instanceof ArrayAccessExpr) {
      return "element";
    }
    if (!(e instanceof NameExpr) && !(e instanceof FieldAccessExpr)) {
      return null;
    }
    Optional<Element> element = env.oracle().element(e);
    if (element.isEmpty()) {
      return null;
    }
    return switch (element.get().getKind()) {
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE ->
          "local:" + element.get().getSimpleName();
      case FIELD -> "field:" + element.get().getSimpleName();
      default -> null;
    };
  }
}
