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
 * MicroPython {@code array}s (a {@code boolean[]} a {@code bytearray}), object arrays lists.
 */
final class ArraysRows implements LibraryRegistry.Rows {
  private static final String ARRAYS = "java.util.Arrays";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(ARRAYS + "#asList", ArraysRows::asList)
        .call(ARRAYS + "#toString", s -> s.arity() == 1 ? text(s) : null)
        .call(ARRAYS + "#sort", s -> s.arity() == 1 ? sort(s) : null)
        .statement(ARRAYS + "#sort", s -> s.arity() == 1 ? sortTyped(s) : null)
        .call(ARRAYS + "#equals", ArraysRows::equal)
        .call(ARRAYS + "#fill", s -> s.arity() == 2 || s.arity() == 4 ? fill(s) : null)
        .statement(ARRAYS + "#fill", s -> s.arity() == 2 || s.arity() == 4
            ? List.of(new PyStmt.ExprStmt(fill(s))) : null)
        .call(ARRAYS + "#deepEquals", s -> op(s.arg(0), "==", s.arg(1)))
        .call(ARRAYS + "#deepToString", ArraysRows::deepText);
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
   * {@code Arrays.toString(a)}: {@code str(list(a))} for integers (Python prints a list of ints as
   * Java prints the array), the letters of a {@code char[]}, true/false of a {@code boolean[]},
   * {@code _jstr} for objects; "null" for a null array.
   */
  private static PyExpr text(CallSite s) {
    TypeMirror type = s.typeOf(s.argument(0));
    TypeMirror component = TypedArrays.component(type);
    if (component == null || !component.getKind().isPrimitive()) {
      return new PyExpr.Call(s.helper(Helper.JAVA_TEXT), List.of(s.arg(0)));
    }
    if (component.getKind() == TypeKind.FLOAT || component.getKind() == TypeKind.DOUBLE) {
      return s.reject(Message.UNSUPPORTED_STRING_CONVERSION, type.toString(),
          "MicroPython formats floats differently from Java; print the elements as ints (scaled)");
    }
    PyExpr value = s.arg(0);
    if (s.isNonNull(s.argument(0))) {
      return elementsText(component, value);
    }
    PyExpr[] array = Forms.once(s, value, "array");
    return new PyExpr.IfExp(op(array[0], "is", literal("None")), literal("\"null\""),
        elementsText(component, array[1]));
  }

  private static PyExpr elementsText(TypeMirror component, PyExpr array) {
    return switch (component.getKind()) {
      case CHAR -> brackets(builtin("map", new PyExpr.Name("chr"), array));
      case BOOLEAN -> brackets(new PyExpr.ListComp(new PyExpr.IfExp(new PyExpr.Name("_x"),
          literal("\"true\""), literal("\"false\"")), "_x", array));
      default -> builtin("str", builtin("list", array));
    };
  }

  /**
   * {@code Arrays.deepToString(a)}: {@code _jdeepstr(a)}, which walks the rows; {@code chr} prints
   * the leaves of a {@code char[][]}.
   */
  private static PyExpr deepText(CallSite s) {
    TypeMirror leaf = s.typeOf(s.argument(0));
    while (leaf != null && leaf.getKind() == TypeKind.ARRAY) {
      leaf = TypedArrays.component(leaf);
    }
    if (leaf == null || leaf.getKind() == TypeKind.FLOAT || leaf.getKind() == TypeKind.DOUBLE
        || dev.jmpy.processor.analysis.JavaTypes.isClass(leaf, Jdk.OBJECT)) {
      return s.reject(Message.UNSUPPORTED_STRING_CONVERSION, String.valueOf(s.typeOf(s.argument(0))),
          "deepToString of int, long, short, byte, char, boolean or object arrays of a declared "
              + "type (an Object[] may hold a char[] or float[], which print differently)");
    }
    List<PyExpr> args = new ArrayList<>(List.of(s.arg(0)));
    if (leaf.getKind() == TypeKind.CHAR) {
      args.add(new PyExpr.Name("chr"));
    }
    return new PyExpr.Call(s.helper(Helper.DEEP_TEXT), args);
  }

  /** {@code "[" + ", ".join(texts) + "]"}. */
  private static PyExpr brackets(PyExpr texts) {
    return op(op(literal("\"[\""), "+", method(literal("\", \""), "join", texts)), "+",
        literal("\"]\""));
  }

  /**
   * {@code Arrays.sort(a)}: a typed array is refilled from {@code sorted(a)} ({@code a[:] =
   * array("i", sorted(a))}: MicroPython's array has no sort); objects sort as lists do.
   */
  private static PyExpr sort(CallSite s) {
    TypeMirror component = TypedArrays.component(s.typeOf(s.argument(0)));
    String typecode = component == null ? null : TypedArrays.typecode(component);
    if (typecode == null) {
      return CollectionsRows.naturalSort(s, s.arg(0), s.argument(0));
    }
    return null; // a statement (sortTyped); no value form
  }

  /** {@code a[:] = array("i", sorted(a))}; null for object arrays (a call, {@link #sort}). */
  private static List<PyStmt> sortTyped(CallSite s) {
    TypeMirror component = TypedArrays.component(s.typeOf(s.argument(0)));
    String typecode = component == null ? null : TypedArrays.typecode(component);
    if (typecode == null) {
      return null;
    }
    if (component.getKind() == TypeKind.FLOAT || component.getKind() == TypeKind.DOUBLE) {
      s.reject(Message.UNMAPPED_LIBRARY_CALL, "Arrays.sort() of a " + component + "[]",
          "sort an int[] (MicroPython's sorted() orders NaN and -0.0 differently from Java)");
      return List.of();
    }
    PyExpr[] array = Forms.once(s, s.arg(0), "array");
    return List.of(new PyStmt.Assign(new PyExpr.Slice(array[0], null, null),
        new PyExpr.Call(s.arrayClass(), List.of(TypedArrays.code(typecode),
            builtin("sorted", array[1])))));
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
