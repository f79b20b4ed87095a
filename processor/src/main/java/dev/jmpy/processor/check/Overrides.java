package dev.jmpy.processor.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** The methods a method overrides, in its class's superclasses and interfaces (not Object's). */
final class Overrides {
  private Overrides() {}

  /** What {@code method}, declared in {@code owner}, overrides, nearest supertypes first. */
  static List<ExecutableElement> of(Elements elements, ExecutableElement method, TypeElement owner) {
    List<ExecutableElement> found = new ArrayList<>();
    ArrayDeque<TypeMirror> todo = new ArrayDeque<>();
    todo.add(owner.getSuperclass());
    todo.addAll(owner.getInterfaces());
    Set<TypeElement> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      if (!(todo.poll() instanceof DeclaredType declared)
          || !(declared.asElement() instanceof TypeElement type) || !seen.add(type)
          || type.getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      for (Element e : type.getEnclosedElements()) {
        if (e instanceof ExecutableElement candidate
            && candidate.getSimpleName().contentEquals(method.getSimpleName())
            && elements.overrides(method, candidate, owner)) {
          found.add(candidate);
        }
      }
      todo.add(type.getSuperclass());
      todo.addAll(type.getInterfaces());
    }
    return found;
  }
}
