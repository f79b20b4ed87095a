package dev.jmpy.processor.check;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.jmpy.processor.diag.Message;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The shape of the checks that reject JDK APIs without meaning on MicroPython: each call, and each
 * {@code new} (of the class, or of an anonymous class's superclass), whose method {@link
 * #alternative} names, is reported with what to write instead.
 */
abstract class JdkApis implements Check {
  private final Message message;

  JdkApis(Message message) {
    this.message = message;
  }

  /** What to write instead of {@code owner.method}, if this check rejects it. */
  abstract Optional<String> alternative(TypeElement owner, ExecutableElement method);

  @Override
  public void run(CheckContext c) {
    for (MethodCallExpr call : c.unit().declaration().findAll(MethodCallExpr.class)) {
      c.executable(call).filter(m -> !translated(call, m)).ifPresent(m -> {
        TypeElement owner = (TypeElement) m.getEnclosingElement();
        alternative(owner, m).ifPresent(instead -> c.report(call, message,
            owner.getSimpleName() + "." + m.getSimpleName() + "()", instead));
      });
    }
    for (ObjectCreationExpr creation : c.unit().declaration().findAll(ObjectCreationExpr.class)) {
      Optional<ExecutableElement> constructor = c.executable(creation);
      if (constructor.isEmpty()) {
        continue;
      }
      TypeElement owner = (TypeElement) constructor.get().getEnclosingElement();
      if (creation.getAnonymousClassBody().isPresent()) {
        Optional<TypeElement> anonymous = c.oracle().anonymousClass(creation);
        if (anonymous.isEmpty()
            || !(anonymous.get().getSuperclass() instanceof DeclaredType superclass)) {
          continue;
        }
        TypeElement base = (TypeElement) superclass.asElement();
        alternative(base, constructor.get()).ifPresent(instead -> c.report(creation, message,
            "new " + base.getSimpleName() + "() { ... }", instead));
      } else {
        alternative(owner, constructor.get()).ifPresent(instead -> c.report(creation, message,
            "new " + owner.getSimpleName() + "()", instead));
      }
    }
  }

  /** Whether the library translates this call of a method {@link #alternative} names. */
  boolean translated(MethodCallExpr call, ExecutableElement method) {
    return false;
  }

  static String packageOf(Element element) {
    Element e = element;
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
  }
}
