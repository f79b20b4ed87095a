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

  /**
   * The default methods a class gets from its translated interfaces, as class attributes bound to
   * the interface's function ({@code hi = greeter.Greeter.hi}): Python binds them like the
   * class's own methods, with no second base class. A method the class or a superclass declares
   * wins, as in Java.
   */
  List<dev.jmpy.processor.python.PyStmt> defaultMethods(TypeElement type) {
    List<dev.jmpy.processor.python.PyStmt> out = new java.util.ArrayList<>();
    java.util.Set<String> added = new java.util.HashSet<>();
    for (TypeElement iface : interfaces(type)) {
      if (!Stubs.isTranslated(iface)) {
        continue; // a JDK interface's defaults are library methods: calls to them are checked there
      }
      for (Element e : iface.getEnclosedElements()) {
        if (e.getKind() == ElementKind.METHOD && e.getModifiers().contains(Modifier.DEFAULT)
            && !declaredInClassChain(type, (ExecutableElement) e)) {
          String name = ClassNames.of(iface).member(e);
          if (added.add(name)) {
            out.add(new dev.jmpy.processor.python.PyStmt.Assign(new PyExpr.Name(name),
                new PyExpr.Attribute(expressions.classReference(iface), name)));
          }
        }
      }
    }
    return out;
  }

  /** The interfaces {@code type} implements, with their superinterfaces, nearest first. */
  private static List<TypeElement> interfaces(TypeElement type) {
    List<TypeElement> out = new java.util.ArrayList<>();
    java.util.ArrayDeque<TypeMirror> todo = new java.util.ArrayDeque<>(type.getInterfaces());
    while (!todo.isEmpty()) {
      TypeElement iface = (TypeElement) ((DeclaredType) todo.poll()).asElement();
      if (!out.contains(iface)) {
        out.add(iface);
        todo.addAll(iface.getInterfaces());
      }
    }
    return out;
  }

  /** Whether {@code type} or a superclass declares a method like {@code m} (an override). */
  private static boolean declaredInClassChain(TypeElement type, ExecutableElement m) {
    for (TypeElement t = type; t != null; t = t.getSuperclass() instanceof DeclaredType d
        ? (TypeElement) d.asElement() : null) {
      for (Element e : t.getEnclosedElements()) {
        if (e.getKind() == ElementKind.METHOD && e.getSimpleName().equals(m.getSimpleName())
            && ((ExecutableElement) e).getParameters().size() == m.getParameters().size()
            && !e.getModifiers().contains(Modifier.ABSTRACT)) {
          return true;
        }
      }
      if (dev.jmpy.processor.library.Jdk.isObject(t)) {
        break;
      }
    }
    return false;
  }

  List<PyExpr> bases(com.github.javaparser.ast.body.TypeDeclaration<?> declaration, TypeElement type) {
    if (!(declaration instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()) {
      return List.of(); // records and enums extend only the JDK's Record and Enum
    }
    ClassOrInterfaceType extended = cls.getExtendedTypes().isEmpty()
        ? null : cls.getExtendedTypes().get(0);
    return bases(type, extended != null ? extended : declaration);
  }

  /** The base of a class ({@code at} is where an unsupported superclass is reported). */
  List<PyExpr> bases(TypeElement type, com.github.javaparser.ast.Node at) {
    if (!(type.getSuperclass() instanceof DeclaredType superclass)) {
      return List.of();
    }
    TypeElement base = (TypeElement) superclass.asElement();
    if (dev.jmpy.processor.library.Jdk.isObject(base)) {
      return List.of();
    }
    if (Stubs.isTranslated(base)) {
      return List.of(expressions.classReference(base));
    }
    Optional<PyExpr> builtin = dev.jmpy.processor.library.ExceptionRows.baseClass(base,
        expressions.calls().module()::helper);
    if (builtin.isPresent()) {
      return List.of(builtin.get());
    }
    env.report(at, Message.UNSUPPORTED_DECLARATION,
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
