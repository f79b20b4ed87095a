package dev.jmpy.processor.library;

import dev.jmpy.processor.python.PyExpr;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Java's arrays in MicroPython. A primitive array is a typed buffer from MicroPython's
 * {@code array} module: {@code byte[]} is {@code array("b")}, {@code short[]} {@code "h"},
 * {@code char[]} {@code "H"} (UTF-16 code units), {@code int[]} {@code "i"}, {@code long[]}
 * {@code float[]} {@code "f"}, {@code double[]} {@code "d"}. MicroPython's array stores an int by
 * keeping its low bits (py/binary.c: a C cast, or the low bytes of a big int) and reads it with the
 * element type's sign, which is exactly Java's narrowing: storing 200 into an {@code array("b")}
 * reads back -56, storing 2**31 into an {@code array("i")} reads back -2**31. A {@code long[]} is a
 * list of ints: MicroPython 1.27 makes every read of an {@code array("q")} element a new big-int
 * object (py/objint_mpz.c {@code mp_obj_new_int_from_ll} always allocates), and the arithmetic after
 * it then runs on big ints, where a list hands out the int it holds; its elements are always Java
 * longs because every long value the translation stores is already wrapped to 64 bits. A
 * {@code boolean[]} is a {@code bytearray} (one byte per element; reads give 0 or 1, turned into a
 * bool where the value leaves a condition). Arrays of objects and of arrays are lists.
 */
public final class TypedArrays {
  /** How an array type is represented. */
  public enum Kind {
    /** {@code array(typecode)}. */
    TYPED,
    /** {@code bytearray}: a boolean[]. */
    BOOLEANS,
    /** A Python list: object arrays, arrays of arrays, and {@code long[]} (a list of ints). */
    LIST
  }

  private TypedArrays() {}

  /** The representation of {@code arrayType}, an array type. */
  public static Kind kind(TypeMirror arrayType) {
    TypeMirror component = ((ArrayType) arrayType).getComponentType();
    if (component.getKind() == TypeKind.BOOLEAN) {
      return Kind.BOOLEANS;
    }
    return typecode(component) != null ? Kind.TYPED : Kind.LIST;
  }

  /** Whether {@code type} is an array of a primitive type (a typed array or a bytearray). */
  public static boolean isPrimitiveArray(TypeMirror type) {
    return type instanceof ArrayType array && array.getComponentType().getKind().isPrimitive();
  }

  /** Whether {@code type} is an array whose component has kind {@code kind}. */
  public static boolean isArrayOf(TypeMirror type, TypeKind kind) {
    return type instanceof ArrayType array && array.getComponentType().getKind() == kind;
  }

  /** The component type of an array type, or null. */
  public static TypeMirror component(TypeMirror type) {
    return type instanceof ArrayType array ? array.getComponentType() : null;
  }

  /**
   * The {@code array} typecode of a primitive component type; null for boolean, long (a list of
   * ints) and references.
   */
  public static String typecode(TypeMirror component) {
    return switch (component.getKind()) {
      case BYTE -> "b";
      case SHORT -> "h";
      case CHAR -> "H";
      case INT -> "i";
      case FLOAT -> "f";
      case DOUBLE -> "d";
      default -> null;
    };
  }

  /** Bytes per element of a typecode. */
  static int itemSize(String typecode) {
    return switch (typecode) {
      case "b" -> 1;
      case "h", "H" -> 2;
      case "i", "f" -> 4;
      default -> 8;
    };
  }

  /**
   * The width in bits of an integral typed array's store (what the array keeps of a value); 0
   * where the store keeps the value as it is (a {@code long[]}'s list, whose values come wrapped).
   */
  public static int storeBits(TypeMirror component) {
    return switch (component.getKind()) {
      case BYTE -> 8;
      case SHORT, CHAR -> 16;
      case INT -> 32;
      default -> 0;
    };
  }

  /** The zero element of a list-backed array: None for objects, 0 for a {@code long[]}. */
  public static String listZero(TypeMirror component) {
    return component.getKind() == TypeKind.LONG ? "0" : "None";
  }

  /**
   * {@code new T[size]}: Java's zeros. {@code bytearray(n)} for booleans; {@code array("b",
   * bytes(n))} for bytes (MicroPython copies a bytes object raw into an array); wider elements from
   * {@code memoryview(bytes(n))}, whose n zeros MicroPython converts one by one, so the temporary is
   * n bytes, not the array's size; {@code [None] * n} for lists, {@code [0] * n} for a
   * {@code long[]}.
   *
   * @param arrayClass the module's name for MicroPython's {@code array.array} (imported when used)
   */
  public static PyExpr zeros(TypeMirror component, PyExpr size, Supplier<PyExpr> arrayClass) {
    if (component.getKind() == TypeKind.BOOLEAN) {
      return call("bytearray", size);
    }
    String typecode = typecode(component);
    if (typecode == null) {
      return new PyExpr.BinOp(new PyExpr.ListExpr(List.of(new PyExpr.Literal(listZero(component)))),
          "*", size);
    }
    PyExpr zeros = call("bytes", size);
    if (itemSize(typecode) > 1) {
      zeros = call("memoryview", zeros);
    }
    return new PyExpr.Call(arrayClass.get(), List.of(code(typecode), zeros));
  }

  /**
   * {@code {1, 2}} of component type {@code component}: {@code array("i", [1, 2])}; a list for
   * objects and longs.
   */
  public static PyExpr of(TypeMirror component, List<PyExpr> elements,
      Supplier<PyExpr> arrayClass) {
    return from(component, new PyExpr.ListExpr(elements), arrayClass);
  }

  /** A new array of {@code component} holding the values of {@code iterable}. */
  public static PyExpr from(TypeMirror component, PyExpr iterable,
      Supplier<PyExpr> arrayClass) {
    if (component.getKind() == TypeKind.BOOLEAN) {
      return call("bytearray", iterable);
    }
    String typecode = typecode(component);
    if (typecode == null) {
      return iterable instanceof PyExpr.ListExpr || iterable instanceof PyExpr.ListComp ? iterable
          : call("list", iterable);
    }
    return new PyExpr.Call(arrayClass.get(), List.of(code(typecode), iterable));
  }

  /** The typecode as a Python string literal. */
  public static PyExpr code(String typecode) {
    return new PyExpr.Literal("\"" + typecode + "\"");
  }

  private static PyExpr call(String function, PyExpr argument) {
    return new PyExpr.Call(new PyExpr.Name(function), List.of(argument));
  }
}
