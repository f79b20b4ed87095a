package dev.jmpy.processor.analysis;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Questions about Java types that decide how an operation translates. */
public final class JavaTypes {
  private final Types types;

  public JavaTypes(Types types) {
    this.types = types;
  }

  /** The primitive kind of {@code type}, unboxing {@code Integer} and friends. */
  public TypeKind primitiveKind(TypeMirror type) {
    if (type == null) {
      return TypeKind.ERROR;
    }
    if (type.getKind().isPrimitive()) {
      return type.getKind();
    }
    if (type.getKind() == TypeKind.DECLARED) {
      try {
        PrimitiveType unboxed = types.unboxedType(type);
        return unboxed.getKind();
      } catch (IllegalArgumentException notBoxed) {
        return TypeKind.DECLARED;
      }
    }
    return type.getKind();
  }

  /** int, long, short, byte or char (boxed or not): a Python int. */
  public boolean isIntegral(TypeMirror type) {
    return switch (primitiveKind(type)) {
      case INT, LONG, SHORT, BYTE, CHAR -> true;
      default -> false;
    };
  }

  /** Integer, Long, Boolean, ...: nullable, so their text may be "null". */
  public boolean isBoxed(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED
        && primitiveKind(type).isPrimitive();
  }

  public boolean isFloating(TypeMirror type) {
    TypeKind kind = primitiveKind(type);
    return kind == TypeKind.DOUBLE || kind == TypeKind.FLOAT;
  }

  public boolean isBoolean(TypeMirror type) {
    return primitiveKind(type) == TypeKind.BOOLEAN;
  }

  public boolean isChar(TypeMirror type) {
    return primitiveKind(type) == TypeKind.CHAR;
  }

  /** Whether {@code type} is the class {@code qualifiedName} (type arguments ignored). */
  public static boolean isClass(TypeMirror type, String qualifiedName) {
    return type != null && type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(qualifiedName);
  }

  /** The class of a declared type, or null. */
  public static TypeElement classOf(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  /** Whether {@code type} is a subtype of the erasure of class {@code qualifiedName}. */
  public boolean isSubtypeOf(TypeMirror type, TypeElement of) {
    return type != null && of != null
        && types.isSubtype(types.erasure(type), types.erasure(of.asType()));
  }

  /**
   * The single abstract method of a functional interface type, if {@code type} is one (the
   * methods of Object an interface redeclares do not count).
   */
  public static java.util.Optional<javax.lang.model.element.ExecutableElement> functionalMethod(
      TypeElement type) {
    if (!type.getKind().isInterface()) {
      return java.util.Optional.empty();
    }
    javax.lang.model.element.ExecutableElement found = null;
    for (javax.lang.model.element.Element e : type.getEnclosedElements()) {
      if (e.getKind() == javax.lang.model.element.ElementKind.METHOD
          && e.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
          && !isObjectMethod((javax.lang.model.element.ExecutableElement) e)) {
        if (found != null) {
          return java.util.Optional.empty();
        }
        found = (javax.lang.model.element.ExecutableElement) e;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  private static boolean isObjectMethod(javax.lang.model.element.ExecutableElement m) {
    String name = m.getSimpleName().toString();
    return (name.equals("equals") && m.getParameters().size() == 1)
        || (name.equals("hashCode") || name.equals("toString")) && m.getParameters().isEmpty();
  }
}
