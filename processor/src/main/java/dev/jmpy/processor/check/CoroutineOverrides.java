package dev.jmpy.processor.check;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.types.Stubs;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * An override must agree with what it overrides on {@code @Coroutine}: a call through the base
 * type is awaited or not by the base's declaration, so a coroutine override of a plain method
 * would hand a generator object to its caller, and a plain override of a coroutine would be
 * awaited as if it were one (TypeError on MicroPython).
 */
final class CoroutineOverrides implements Check {
  @Override
  public void run(CheckContext c) {
    for (MethodDeclaration declaration : c.unit().declaration().findAll(MethodDeclaration.class)) {
      if (!declaration.isStatic()) {
        c.element(declaration).ifPresent(e -> check(c, declaration, e));
      }
    }
  }

  /** Reports JMPY014 at {@code declaration} when it overrides a method of the other kind. */
  private static void check(CheckContext c, MethodDeclaration declaration, Element element) {
    if (!(element instanceof ExecutableElement method)
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return;
    }
    boolean coroutine = Stubs.isCoroutine(method);
    Optional<ExecutableElement> other = overriddenOfOtherKind(c.elements(), method, owner,
        coroutine);
    other.ifPresent(base -> c.report(declaration, Message.COROUTINE_OVERRIDE_MISMATCH,
        method.getSimpleName(), coroutine ? "is" : "is not",
        ((TypeElement) base.getEnclosingElement()).getSimpleName(), coroutine ? "is not" : "is"));
  }

  private static Optional<ExecutableElement> overriddenOfOtherKind(Elements elements,
      ExecutableElement method, TypeElement owner, boolean coroutine) {
    return Overrides.of(elements, method, owner).stream()
        .filter(base -> Stubs.isCoroutine(base) != coroutine).findFirst();
  }
}
