package dev.jmpy.processor.translate;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.types.Stubs;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The Python base class of a translated class: its translated superclass, or the builtin exception
 * a JDK exception superclass maps to. Interfaces add no base (Python calls by name), so jmpy never
 * relies on multiple inheritance, whose method resolution differs between MicroPython and CPython;
 * interfaces with default methods are therefore rejected.
 */
final class Inheritance {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  Inheritance(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  List<PyExpr> bases(com.github.javaparser.ast.body.TypeDeclaration<?> declaration, TypeElement type) {
    for (TypeMirror implemented : type.getInterfaces()) {
      TypeElement iface = (TypeElement) ((DeclaredType) implemented).asElement();
      Optional<String> withDefault = defaultMethod(iface);
      if (withDefault.isPresent()) {
        env.report(declaration, Message.UNSUPPORTED_DECLARATION, "implementing "
            + iface.getSimpleName() + ", whose method " + withDefault.get() + " has a default",
            "implement the method in the class; jmpy does not rely on multiple inheritance");
      }
    }
    if (!(declaration instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()
        || !(type.getSuperclass() instanceof DeclaredType superclass)) {
      return List.of(); // records and enums extend only the JDK's Record and Enum
    }
    TypeElement base = (TypeElement) superclass.asElement();
    if (base.getQualifiedName().contentEquals("java.lang.Object")) {
      return List.of();
    }
    if (Stubs.isTranslated(base)) {
      return List.of(expressions.classReference(base));
    }
    Optional<String> builtin = ExceptionTypes.builtin(base);
    if (builtin.isPresent()) {
      return List.of(new PyExpr.Name(builtin.get()));
    }
    ClassOrInterfaceType extended = cls.getExtendedTypes().isEmpty()
        ? null : cls.getExtendedTypes().get(0);
    env.report(extended != null ? extended : declaration, Message.UNSUPPORTED_DECLARATION,
        "extending " + base.getQualifiedName(),
        "extend a @MicroPython class or one of the exceptions docs/semantics.md lists");
    return List.of();
  }

  /** The name of a default method of {@code iface} or its superinterfaces, if any. */
  private static Optional<String> defaultMethod(TypeElement iface) {
    for (Element e : iface.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getModifiers().contains(Modifier.DEFAULT)) {
        return Optional.of(((ExecutableElement) e).getSimpleName() + "()");
      }
    }
    for (TypeMirror parent : iface.getInterfaces()) {
      Optional<String> found = defaultMethod((TypeElement) ((DeclaredType) parent).asElement());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
