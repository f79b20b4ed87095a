package dev.jmpy.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.types.Stubs;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Coroutine colouring of calls. JMPY010: a {@code @Coroutine} called where Python cannot await it
 * (a plain method, a plain lambda, an initializer). JMPY011: {@code Asyncio.run} or the loop's
 * {@code runUntilComplete} / {@code runForever} inside a coroutine, which crashes MicroPython. The
 * one call a coroutine object's lambda makes ({@code () -> count("A", 3)}) is not awaited there,
 * so it is left to the coroutine object's own rule (JMPY012).
 */
final class CoroutineCalls implements Check {
  @Override
  public void run(CheckContext c) {
    for (MethodCallExpr call : c.unit().declaration().findAll(MethodCallExpr.class)) {
      Optional<ExecutableElement> method = c.executable(call);
      if (method.isEmpty() || insideCoroutineObject(call, c)) {
        continue;
      }
      boolean async = inCoroutine(call, c);
      if (Stubs.isCoroutine(method.get()) && !async) {
        String shown = call.getNameAsString() + "(" + (call.getArguments().isEmpty() ? "" : "...")
            + ")";
        c.report(call, Message.COROUTINE_CALL_OUTSIDE_COROUTINE, shown, call, call);
      } else if (async && isAsyncioRun(method.get())) {
        c.report(call, Message.NESTED_RUN);
      }
    }
  }

  /** Whether {@code node} is in a lambda that is a coroutine object (its type is @Coroutine). */
  static boolean insideCoroutineObject(Node node, CheckContext c) {
    Optional<LambdaExpr> lambda = node.findAncestor(LambdaExpr.class);
    return lambda.isPresent() && isCoroutineObject(lambda.get(), c);
  }

  static boolean isCoroutineObject(Node lambdaOrReference, CheckContext c) {
    return c.classOf(lambdaOrReference).map(type -> Stubs.has(type, Stubs.COROUTINE))
        .orElse(false);
  }

  /**
   * Whether the code at {@code node} runs in an {@code async def}: a {@code @Coroutine} method, or
   * a lambda implementing a coroutine function ({@code ClientHandler}); not a plain lambda, an
   * initializer or a constructor.
   */
  static boolean inCoroutine(Node node, CheckContext c) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      switch (n) {
        case LambdaExpr lambda -> {
          return c.classOf(lambda).map(CoroutineFunctions::isCoroutineFunction).orElse(false);
        }
        case MethodDeclaration method -> {
          return c.element(method).map(e -> Stubs.has(e, Stubs.COROUTINE)).orElse(false);
        }
        case CallableDeclaration<?> constructor -> {
          return false;
        }
        case InitializerDeclaration initializer -> {
          return false;
        }
        case FieldDeclaration field -> {
          return false;
        }
        case TypeDeclaration<?> type -> {
          return false;
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean isAsyncioRun(ExecutableElement m) {
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    if (owner.getQualifiedName().contentEquals("dev.jmpy.asyncio.Loop")) {
      return m.getSimpleName().contentEquals("runForever")
          || m.getSimpleName().contentEquals("runUntilComplete");
    }
    return Stubs.pyModule(owner).map("asyncio"::equals).orElse(false)
        && m.getSimpleName().contentEquals("run")
        && m.getModifiers().contains(Modifier.STATIC);
  }
}
