package dev.jmpy.processor.check;

import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.types.Stubs;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * JMPY013: a method reference to a plain method where a coroutine function is expected
 * ({@code startServer(App::handle, ...)} with {@code handle} not @Coroutine): MicroPython's server
 * task dies with TypeError when it calls a plain function.
 */
final class CoroutineFunctions implements Check {
  @Override
  public void run(CheckContext c) {
    for (MethodReferenceExpr reference : c.unit().declaration().findAll(MethodReferenceExpr.class)) {
      Optional<TypeElement> target = c.classOf(reference);
      Optional<ExecutableElement> method = c.executable(reference);
      if (target.isEmpty() || method.isEmpty() || CoroutineCalls.isCoroutineObject(reference, c)) {
        continue;
      }
      if (isCoroutineFunction(target.get()) && !Stubs.isCoroutine(method.get())) {
        c.report(reference, Message.PLAIN_COROUTINE_FUNCTION, reference.toString(),
            target.get().getSimpleName());
      }
    }
  }

  /** Whether {@code type} is a functional interface whose method is a @Coroutine. */
  static boolean isCoroutineFunction(TypeElement type) {
    return JavaTypes.functionalMethod(type).map(m -> Stubs.has(m, Stubs.COROUTINE))
        .orElse(false);
  }
}
