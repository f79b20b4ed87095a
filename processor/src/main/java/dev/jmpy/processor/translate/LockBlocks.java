package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * {@code try (var held = lock.hold()) { body }} → {@code async with lock: body}: the one
 * try-with-resources MicroPython has an equivalent of. Each resource nests one {@code async with},
 * so they are released in reverse order, as Java closes them.
 */
final class LockBlocks {
  private static final String LOCK = "dev.jmpy.asyncio.Lock";
  private static final String HOLD = "hold";

  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  LockBlocks(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  /** Whether {@code m} is {@code Lock.hold()}, which only a try-with-resources header may call. */
  static boolean isHold(ExecutableElement m) {
    return m.getSimpleName().contentEquals(HOLD)
        && m.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals(LOCK);
  }

  /**
   * The body wrapped in one {@code async with} per resource, or empty after reporting a resource
   * that is not a held lock.
   */
  Optional<List<PyStmt>> wrap(TryStmt stmt, List<PyStmt> body, FunctionContext f) {
    List<PyExpr> locks = new ArrayList<>();
    for (Expression resource : stmt.getResources()) {
      Optional<PyExpr> lock = lock(resource, stmt, f);
      if (lock.isEmpty()) {
        return Optional.empty();
      }
      locks.add(lock.get());
    }
    List<PyStmt> wrapped = body;
    for (int i = locks.size() - 1; i >= 0; i--) {
      wrapped = List.of(new PyStmt.AsyncWith(locks.get(i), wrapped));
    }
    return Optional.of(wrapped);
  }

  private Optional<PyExpr> lock(Expression resource, TryStmt stmt, FunctionContext f) {
    if (!(resource instanceof VariableDeclarationExpr declaration)
        || declaration.getVariables().size() != 1
        || declaration.getVariables().get(0).getInitializer().isEmpty()
        || !(declaration.getVariables().get(0).getInitializer().get() instanceof MethodCallExpr call)
        || !isHoldCall(call)
        || call.getScope().isEmpty()) {
      env.report(resource, Message.UNSUPPORTED_STATEMENT, "try-with-resources on " + resource,
          "MicroPython's only equivalent is a lock: try (var held = lock.hold()) { ... } "
              + "(async with lock); release other resources in a finally block");
      return Optional.empty();
    }
    String variable = declaration.getVariables().get(0).getNameAsString();
    if (stmt.getTryBlock().findFirst(NameExpr.class,
        n -> n.getNameAsString().equals(variable)).isPresent()) {
      env.report(resource, Message.UNSUPPORTED_STATEMENT, "using the resource variable " + variable,
          "async with binds no name here; use the lock itself inside the block");
      return Optional.empty();
    }
    if (!f.async()) {
      String plain = call.toString();
      env.report(call, Message.COROUTINE_CALL_OUTSIDE_COROUTINE, "hold()", plain, plain);
      return Optional.empty();
    }
    return Optional.of(expressions.translate(call.getScope().get(), f));
  }

  private boolean isHoldCall(MethodCallExpr call) {
    Optional<Element> method = env.oracle().element(call);
    return method.isPresent() && method.get() instanceof ExecutableElement m && isHold(m);
  }
}
