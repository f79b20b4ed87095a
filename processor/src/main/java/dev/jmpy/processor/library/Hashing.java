package dev.jmpy.processor.library;

import com.github.javaparser.ast.Node;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.types.Stubs;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Java's hash codes ({@code List.hashCode}, {@code Objects.hash}, {@code Objects.hashCode}) from
 * the static types: {@code _jhashcode(v)} gives Java's value at run time for null, Boolean,
 * Integer (and Short, Byte, Character: a char is its code), String, Lists of those, and your
 * classes' own {@code hashCode()} (their {@code __hash__}, called directly: MicroPython's
 * {@code hash()} keeps only a small int, 31 bits on the board). A {@code long} is hashed on the
 * spot, as Long.hashCode does. Types whose Java hash is an identity hash (enums, classes without
 * hashCode), records' implicit hashCode, floats and values of unknown type are rejected (JMPY065).
 */
final class Hashing {
  private Hashing() {}

  /** {@code value}'s Java hash code, {@code value} having Java type {@code type}. */
  static PyExpr hash(CallSite s, PyExpr value, TypeMirror type, Node at, String what) {
    JavaTypes types = s.javaTypes();
    if (types.primitiveKind(type) == TypeKind.LONG) {
      return longHash(s, value);
    }
    if (type.getKind().isPrimitive() && !types.isFloating(type)) {
      return types.isBoolean(type) ? new PyExpr.IfExp(value, Forms.literal("1231"),
          Forms.literal("1237")) : value;
    }
    if (JavaTypes.isClass(type, "java.lang.Long")) {
      PyExpr[] once = Forms.once(s, value, "long");
      return new PyExpr.IfExp(Forms.op(once[0], "is", Forms.literal("None")), Forms.literal("0"),
          longHash(s, once[1]));
    }
    String problem = problem(s, type);
    if (problem != null) {
      return s.rejectAt(at, Message.HASH_NOT_REPRODUCED, what, type, problem);
    }
    return new PyExpr.Call(s.helper(Helper.HASH_CODE), List.of(value));
  }

  /** {@code _w32(v ^ (v >> 32))}: Long.hashCode. */
  private static PyExpr longHash(CallSite s, PyExpr value) {
    PyExpr[] once = Forms.once(s, value, "long");
    return new PyExpr.Call(s.helper(Helper.WRAP_INT), List.of(Forms.op(once[0], "^",
        Forms.op(once[1], ">>", Forms.literal("32")))));
  }

  /** Why {@code _jhashcode} cannot give Java's hash of a value of {@code type}, or null. */
  static String problem(CallSite s, TypeMirror type) {
    JavaTypes types = s.javaTypes();
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null ? "its type is unknown"
          : problem(s, wildcard.getExtendsBound());
    }
    if (types.isFloating(type)) {
      return "float and double hash codes are not reproduced";
    }
    if (types.isIntegral(type) || types.isBoolean(type) || Jdk.isString(type)) {
      return types.primitiveKind(type) == TypeKind.LONG
          ? "a Long inside a collection hashes differently from an Integer of the same value, "
              + "which the board cannot tell apart" : null;
    }
    TypeElement cls = JavaTypes.classOf(type);
    if (cls == null) {
      return "its type is not known here (" + type + ")";
    }
    if (s.isA(type, Jdk.LIST)) {
      TypeMirror element = NaturalOrder.elementType(type);
      return element == null ? "its elements' type is unknown" : problem(s, element);
    }
    if (!Stubs.isTranslated(cls) || cls.getKind() == ElementKind.INTERFACE) {
      return "only Integer, Boolean, String, Character, Lists of them and your classes with "
          + "hashCode() are hashed as Java does";
    }
    if (cls.getKind() == ElementKind.ENUM) {
      return "an enum's hash code is its identity hash";
    }
    if (!declaresHashCode(s, cls)) {
      return cls.getKind() == ElementKind.RECORD
          ? "a record's implicit hashCode() values are not reproduced"
          : cls.getSimpleName() + " has no hashCode(), so Java uses its identity hash";
    }
    return null;
  }

  /** Whether a translated class (or a translated superclass) declares hashCode(). */
  private static boolean declaresHashCode(CallSite s, TypeElement cls) {
    for (Element member : s.elements().getAllMembers(cls)) {
      if (member instanceof ExecutableElement m && m.getSimpleName().contentEquals("hashCode")
          && m.getParameters().isEmpty() && !m.getModifiers().contains(Modifier.ABSTRACT)
          && m.getEnclosingElement() instanceof TypeElement owner && Stubs.isTranslated(owner)
          // a record's implicit hashCode() is a member too, but not written: not reproduced
          && s.hasSource(m)) {
        return true;
      }
    }
    return false;
  }

  /** The declared type's type arguments, for messages. */
  static List<? extends TypeMirror> arguments(TypeMirror type) {
    return type instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
  }
}
