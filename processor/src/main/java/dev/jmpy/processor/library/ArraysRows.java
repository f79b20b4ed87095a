package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.util.Arrays} over jmpy's arrays ({@link TypedArrays}): primitive arrays are
 * MicroPython {@code array}s (a {@code boolean[]} a {@code bytearray}, a {@code long[]} a list of
 * ints), object arrays lists.
 */
final class ArraysRows implements LibraryRegistry.Rows {
  private static final String ARRAYS = "java.util.Arrays";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(ARRAYS + "#asList", ArraysRows::asList)
        .call(ARRAYS + "#toString", s -> s.arity() == 1 ? ArrayText.text(s) : null)
        .call(ARRAYS + "#copyOf", s -> copy(s, true))
        .call(ARRAYS + "#copyOfRange", s -> copy(s, false))
        .call(ARRAYS + "#hashCode", ArraysRows::hash)
        .call(ARRAYS + "#equals", ArraysRows::equal)
        .call(ARRAYS + "#fill", s -> s.arity() == 2 || s.arity() == 4 ? fill(s) : null)
        .statement(ARRAYS + "#fill", s -> s.arity() == 2 || s.arity() == 4
            ? List.of(new PyStmt.ExprStmt(fill(s))) : null)
        .call(ARRAYS + "#deepEquals", s -> op(s.arg(0), "==", s.arg(1)))
        .call(ARRAYS + "#deepToString", ArrayText::deepText);
  }

  /**
   * {@code Arrays.asList(array)} of objects: the list itself (Java's list writes through to the
   * array); of values ({@code asList(1, 2)}): a list of them.
   */
  private static PyExpr asList(CallSite s) {
    TypeMirror first = s.arity() == 1 ? s.typeOf(s.argument(0)) : null;
    if (first != null && first.getKind() == TypeKind.ARRAY && !TypedArrays.isPrimitiveArray(first)) {
      return s.arg(0);
    }
    return new PyExpr.ListExpr(s.args());
  }

  /**
   * {@code Arrays.copyOf(a, n)}, {@code copyOfRange(a, from, to)}: {@code _jcopyof(a, from, to, w)},
   * a slice of the same kind (a typed array's slice keeps its typecode), padded past the end with
   * Java's zeros ({@code w} zero bytes each: the element's size, 0 for a list, which gets None, or
   * 0 for a {@code long[]}: {@code _jcopyof(a, 0, n, 0, True, 0)}); Java's
   * NegativeArraySizeException, IllegalArgumentException and index checks.
   */
  private static PyExpr copy(CallSite s, boolean grow) {
    if (s.arity() != (grow ? 2 : 3)) {
      return null; // copyOf(a, n, Class): a new array type
    }
    TypeMirror component = TypedArrays.component(s.typeOf(s.argument(0)));
    if (component == null) {
      return null;
    }
    String typecode = TypedArrays.typecode(component);
    int width = component.getKind() == TypeKind.BOOLEAN ? 1
        : typecode == null ? 0 : TypedArrays.itemSize(typecode);
    List<PyExpr> args = new ArrayList<>(List.of(s.arg(0)));
    if (grow) {
      args.addAll(List.of(literal("0"), s.arg(1), literal(String.valueOf(width)),
          literal("True")));
    } else {
      args.addAll(List.of(s.arg(1), s.arg(2), literal(String.valueOf(width))));
    }
    if (component.getKind() == TypeKind.LONG) {
      if (!grow) {
        args.add(literal("False"));
      }
      args.add(literal(TypedArrays.listZero(component)));
    }
    return new PyExpr.Call(s.helper(Helper.ARRAY_COPY_OF), args);
  }

  /**
   * {@code Arrays.hashCode(a)}: Java's {@code 31 * h + element} in 32 bits by {@code _jhashcode}
   * over the elements' own hash codes (a boolean's 1231/1237, a long's {@code v ^ v >>> 32});
   * 0 for null. Float and double arrays, and elements whose hash Java takes from their identity,
   * are rejected (JMPY065).
   */
  private static PyExpr hash(CallSite s) {
    TypeMirror type = s.typeOf(s.argument(0));
    TypeMirror component = TypedArrays.component(type);
    if (s.arity() != 1 || component == null) {
      return null;
    }
    String problem = component.getKind() == TypeKind.ARRAY
        ? "its rows hash by identity in Java (Arrays.deepHashCode hashes their elements)"
        : component.getKind().isPrimitive() ? (component.getKind() == TypeKind.FLOAT
            || component.getKind() == TypeKind.DOUBLE
                ? "float and double hash codes are not reproduced" : null)
        : Hashing.problem(s, component);
    if (problem != null) {
      return s.reject(Message.HASH_NOT_REPRODUCED, "Arrays.hashCode()", type, problem);
    }
    if (s.isNonNull(s.argument(0))) {
      return new PyExpr.Call(s.helper(Helper.HASH_CODE), List.of(hashed(s, component, s.arg(0))));
    }
    PyExpr[] array = Forms.once(s, s.arg(0), "array");
    return new PyExpr.IfExp(op(array[0], "is", literal("None")), literal("0"),
        new PyExpr.Call(s.helper(Helper.HASH_CODE), List.of(hashed(s, component, array[1]))));
  }

  /** What {@code _jhashcode} hashes as Java hashes the array's elements: a list. */
  private static PyExpr hashed(CallSite s, TypeMirror component, PyExpr array) {
    if (!component.getKind().isPrimitive()) {
      return array;
    }
    if (component.getKind() == TypeKind.BOOLEAN || component.getKind() == TypeKind.LONG) {
      String x = s.temporary("x");
      return new PyExpr.ListComp(Hashing.hash(s, new PyExpr.Name(x), component, s.node(),
          "Arrays.hashCode()"), x, array);
    }
    return builtin("list", array); // ints (a char is its code): _jhashcode of a list of ints
  }

  /**
   * {@code Arrays.equals(a, b)}: {@code a == b} (MicroPython compares typed arrays by their
   * bytes, lists element by element; a null array equals only null).
   */
  private static PyExpr equal(CallSite s) {
    if (s.arity() != 2) {
      return null;
    }
    TypeMirror component = TypedArrays.component(s.typeOf(s.argument(0)));
    if (component != null && component.getKind() == TypeKind.ARRAY) {
      return s.reject(Message.UNMAPPED_LIBRARY_CALL, "Arrays.equals() of arrays of arrays",
          "Arrays.deepEquals(a, b) (Arrays.equals compares the rows by identity)");
    }
    if (component != null && (component.getKind() == TypeKind.FLOAT
        || component.getKind() == TypeKind.DOUBLE)) {
      return s.reject(Message.UNMAPPED_LIBRARY_CALL, "Arrays.equals() of a " + component + "[]",
          "compare the elements in a loop");
    }
    return op(s.arg(0), "==", s.arg(1));
  }

  /**
   * {@code Arrays.fill(a, v)}, {@code Arrays.fill(a, from, to, v)}: {@code _jfill(a, v[, from,
   * to])}, which checks the range as Java does and fills with a few slice copies.
   */
  private static PyExpr fill(CallSite s) {
    List<PyExpr> args = new ArrayList<>();
    args.add(s.arg(0));
    if (s.arity() == 2) {
      args.add(s.arg(1));
      return new PyExpr.Call(s.helper(Helper.ARRAY_FILL), args);
    }
    if (Forms.hasEffects(s.argument(3)) && (Forms.hasEffects(s.argument(1))
        || Forms.hasEffects(s.argument(2)))) {
      // Python would evaluate the value before the indexes, Java after them
      return s.reject(Message.COMPUTED_ARGUMENT, "Arrays.fill with calls in both the range "
          + "and the value", "compute the value into a local variable first");
    }
    PyExpr from = s.arg(1);
    PyExpr to = s.arg(2);
    args.add(s.arg(3));
    args.add(from);
    args.add(to);
    return new PyExpr.Call(s.helper(Helper.ARRAY_FILL), args);
  }
}
