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
import javax.lang.model.type.TypeMirror;

/**
 * try-with-resources: {@code try (var held = lock.hold()) { body }} → {@code async with lock: body},
 * and a resource of one of your {@code AutoCloseable} classes, {@code try (var s = new Session())}
 * → {@code with Session() as s:} (the class gets {@code __enter__} / {@code __exit__}, see
 * {@link ContextManagers}). Each resource nests one {@code with}, so they are closed in reverse
 * order, as Java closes them.
 */
final class ResourceBlocks {
  private static final String LOCK = "dev.jmpy.asyncio.Lock";
  private static final String HOLD = "hold";

  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  ResourceBlocks(TranslationEnv env, ExpressionTranslator expressions) {
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
    List<java.util.function.UnaryOperator<List<PyStmt>>> layers = new ArrayList<>();
    for (Expression resource : stmt.getResources()) {
      Optional<java.util.function.UnaryOperator<List<PyStmt>>> closable = userResource(resource, f);
      if (closable.isPresent()) {
        layers.add(closable.get());
        continue;
      }
      Optional<PyExpr> lock = lock(resource, stmt, f);
      if (lock.isEmpty()) {
        return Optional.empty();
      }
      layers.add(inner -> List.of(new PyStmt.AsyncWith(lock.get(), inner)));
    }
    List<PyStmt> wrapped = body;
    for (int i = layers.size() - 1; i >= 0; i--) {
      wrapped = layers.get(i).apply(wrapped);
    }
    return Optional.of(wrapped);
  }

  /**
   * {@code with Session() as s:} for a resource of a translated AutoCloseable class (declared in
   * the header, or an effectively final variable named there); empty for anything else.
   */
  private Optional<java.util.function.UnaryOperator<List<PyStmt>>> userResource(
      Expression resource, FunctionContext f) {
    if (resource instanceof VariableDeclarationExpr declaration
        && declaration.getVariables().size() == 1
        && declaration.getVariables().get(0).getInitializer().isPresent()) {
      var variable = declaration.getVariables().get(0);
      TypeMirror type = expressions.typeOf(variable.getInitializer().get());
      if (!ContextManagers.isUserCloseable(env, type)
          && !dev.jmpy.processor.library.ScannerRows.isClosedByWith(type)) {
        return Optional.empty();
      }
      PyExpr value = expressions.translate(variable.getInitializer().get(), f);
      String name = f.local(variable.getNameAsString());
      return Optional.of(inner -> List.of(new PyStmt.With(value, name, inner)));
    }
    if (resource instanceof NameExpr name
        && ContextManagers.isUserCloseable(env, expressions.typeOf(name))) {
      PyExpr value = expressions.translate(name, f);
      return Optional.of(inner -> List.of(new PyStmt.With(value, null, inner)));
    }
    return Optional.empty();
  }

  private Optional<PyExpr> lock(Expression resource, TryStmt stmt, FunctionContext f) {
    if (!(resource instanceof VariableDeclarationExpr declaration)
        || declaration.getVariables().size() != 1
        || declaration.getVariables().get(0).getInitializer().isEmpty()
        || !(declaration.getVariables().get(0).getInitializer().get() instanceof MethodCallExpr call)
        || !isHoldCall(call)
        || call.getScope().isEmpty()) {
      env.report(resource, Message.UNSUPPORTED_RESOURCE, "try-with-resources on " + resource,
          "jmpy translates a held lock, try (var held = lock.hold()) { ... } (async with lock), "
              + "and resources of your own @MicroPython AutoCloseable classes (with); close "
              + "other resources in a finally block");
      return Optional.empty();
    }
    String variable = declaration.getVariables().get(0).getNameAsString();
    if (stmt.getTryBlock().findFirst(NameExpr.class,
        n -> n.getNameAsString().equals(variable)).isPresent()) {
      env.report(resource, Message.LOCK_HOLD, "using the resource variable " + variable,
          "async with binds no name here; use the lock itself inside the block");
      return Optional.empty();
    }
    return Optional.of(expressions.translate(call.getScope().get(), f));
  }

  private boolean isHoldCall(MethodCallExpr call) {
    Optional<Element> method = env.oracle().element(call);
    return method.isPresent() && method.get() instanceof ExecutableElement m && isHold(m);
  }
}
