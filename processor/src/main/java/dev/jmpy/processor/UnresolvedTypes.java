package dev.jmpy.processor;

import java.util.Collection;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether a type that nothing declares is left in the declarations after annotation processing.
 * javac then reports "cannot find symbol" and stops before attributing any class, so a class jmpy
 * waits for gets no module: that error, not a jmpy warning, is the explanation the user needs.
 */
final class UnresolvedTypes {
  private UnresolvedTypes() {}

  static boolean anyIn(Collection<? extends Element> roots) {
    return roots.stream().anyMatch(UnresolvedTypes::inElement);
  }

  private static boolean inElement(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (inType(annotation.getAnnotationType())) {
        return true;
      }
    }
    if (element instanceof TypeElement type) {
      if (inType(type.getSuperclass()) || type.getInterfaces().stream().anyMatch(UnresolvedTypes::inType)
          || type.getTypeParameters().stream().anyMatch(UnresolvedTypes::inElement)) {
        return true;
      }
      return type.getEnclosedElements().stream().anyMatch(UnresolvedTypes::inElement);
    }
    if (element instanceof ExecutableElement method) {
      return inType(method.getReturnType())
          || method.getParameters().stream().anyMatch(UnresolvedTypes::inElement)
          || method.getThrownTypes().stream().anyMatch(UnresolvedTypes::inType)
          || method.getTypeParameters().stream().anyMatch(UnresolvedTypes::inElement);
    }
    if (element instanceof VariableElement variable) {
      return inType(variable.asType());
    }
    if (element instanceof TypeParameterElement parameter) {
      return parameter.getBounds().stream().anyMatch(UnresolvedTypes::inType);
    }
    return false;
  }

  private static boolean inType(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream()
          .anyMatch(UnresolvedTypes::inType);
      case ARRAY -> inType(((ArrayType) type).getComponentType());
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        yield (wildcard.getExtendsBound() != null && inType(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && inType(wildcard.getSuperBound()));
      }
      default -> false;
    };
  }
}
