package dev.jmpy.processor.translate;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Questions about Java types that decide how an operation translates. */
final class JavaTypes {
  private final Types types;

  JavaTypes(Types types) {
    this.types = types;
  }

  /** The primitive kind of {@code type}, unboxing {@code Integer} and friends. */
  TypeKind primitiveKind(TypeMirror type) {
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
  boolean isIntegral(TypeMirror type) {
    return switch (primitiveKind(type)) {
      case INT, LONG, SHORT, BYTE, CHAR -> true;
      default -> false;
    };
  }

  /** Integer, Long, Boolean, ...: nullable, so their text may be "null". */
  boolean isBoxed(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED
        && primitiveKind(type).isPrimitive();
  }

  boolean isFloating(TypeMirror type) {
    TypeKind kind = primitiveKind(type);
    return kind == TypeKind.DOUBLE || kind == TypeKind.FLOAT;
  }

  boolean isBoolean(TypeMirror type) {
    return primitiveKind(type) == TypeKind.BOOLEAN;
  }

  boolean isChar(TypeMirror type) {
    return primitiveKind(type) == TypeKind.CHAR;
  }

  static boolean isString(TypeMirror type) {
    return isClass(type, "java.lang.String");
  }

  /** Whether {@code type} is the class {@code qualifiedName} (type arguments ignored). */
  static boolean isClass(TypeMirror type, String qualifiedName) {
    return type != null && type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(qualifiedName);
  }

  /** The class of a declared type, or null. */
  static TypeElement classOf(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  /** Whether {@code type} is a subtype of the erasure of class {@code qualifiedName}. */
  boolean isSubtypeOf(TypeMirror type, TypeElement of) {
    return type != null && of != null
        && types.isSubtype(types.erasure(type), types.erasure(of.asType()));
  }
}
