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
   * The single abstract method of a functional interface type, if {@code type} is one, by Java's
   * rule: its abstract methods with those it inherits from its superinterfaces, less those a
   * default (or a redeclaration) overrides, less the methods of Object it redeclares. An inherited
   * method redeclared with the same name and number of parameters counts once; the nearest
   * declaration is returned.
   */
  public static java.util.Optional<javax.lang.model.element.ExecutableElement> functionalMethod(
      TypeElement type) {
    if (!type.getKind().isInterface()) {
      return java.util.Optional.empty();
    }
    java.util.Map<String, javax.lang.model.element.ExecutableElement> abstracts =
        new java.util.LinkedHashMap<>();
    java.util.Set<String> overridden = new java.util.HashSet<>();
    collectAbstract(type, abstracts, overridden, new java.util.HashSet<>());
    return abstracts.size() == 1
        ? java.util.Optional.of(abstracts.values().iterator().next())
        : java.util.Optional.empty();
  }

  /** Walks {@code type} and its superinterfaces, nearest first: a nearer declaration hides a farther. */
  private static void collectAbstract(TypeElement type,
      java.util.Map<String, javax.lang.model.element.ExecutableElement> abstracts,
      java.util.Set<String> declared, java.util.Set<TypeElement> seen) {
    if (!seen.add(type)) {
      return;
    }
    java.util.List<String> here = new java.util.ArrayList<>();
    for (javax.lang.model.element.Element e : type.getEnclosedElements()) {
      if (e.getKind() != javax.lang.model.element.ElementKind.METHOD
          || e.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
          || e.getModifiers().contains(javax.lang.model.element.Modifier.PRIVATE)) {
        continue;
      }
      javax.lang.model.element.ExecutableElement m = (javax.lang.model.element.ExecutableElement) e;
      String key = m.getSimpleName() + "/" + m.getParameters().size();
      here.add(key);
      if (declared.contains(key) || isObjectMethod(m)) {
        continue; // a nearer interface declared it (abstract or default)
      }
      if (m.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
        abstracts.putIfAbsent(key, m);
      }
    }
    declared.addAll(here);
    for (javax.lang.model.type.TypeMirror parent : type.getInterfaces()) {
      if (parent instanceof javax.lang.model.type.DeclaredType d) {
        collectAbstract((TypeElement) d.asElement(), abstracts, declared, seen);
      }
    }
  }

  private static boolean isObjectMethod(javax.lang.model.element.ExecutableElement m) {
    String name = m.getSimpleName().toString();
    return (name.equals("equals") && m.getParameters().size() == 1)
        || (name.equals("hashCode") || name.equals("toString")) && m.getParameters().isEmpty();
  }
}
