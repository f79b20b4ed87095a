package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code Arrays.sort} (whole arrays and ranges, natural order or a Comparator) and
 * {@code Arrays/Collections.binarySearch}. A typed array is refilled from {@code sorted(a)}
 * (MicroPython's array has no sort); an object array (a list) sorts as a List does: Python's own
 * sort for numbers and Strings, else the stable {@code _jsort}, as Java's TimSort is stable.
 */
final class ArraySortRows implements LibraryRegistry.Rows {
  private static final String ARRAYS = "java.util.Arrays#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(ARRAYS + "sort", ArraySortRows::sort)
        .statement(ARRAYS + "sort", s -> s.arity() == 1 ? sortTyped(s) : null)
        .call(ARRAYS + "binarySearch", s -> search(s, true))
        .call("java.util.Collections#binarySearch", s -> search(s, false));
  }

  /**
   * {@code Arrays.sort(a)} of objects, {@code Arrays.sort(a, cmp)}: as a list sorts;
   * {@code Arrays.sort(a, from, to[, cmp])}: {@code _jsortrange(a, from, to, cmp)}, Java's range
   * checks, then the range sorted in place. A whole typed array is a statement ({@link #sortTyped}).
   */
  private static PyExpr sort(CallSite s) {
    TypeMirror array = s.typeOf(s.argument(0));
    TypeMirror component = TypedArrays.component(array);
    if (component != null && (component.getKind() == TypeKind.FLOAT
        || component.getKind() == TypeKind.DOUBLE)) {
      return s.reject(Message.UNMAPPED_LIBRARY_CALL, "Arrays.sort() of a " + component + "[]",
          "sort an int[] (MicroPython's sorted() orders NaN and -0.0 differently from Java)");
    }
    return switch (s.arity()) {
      case 1 -> component == null || TypedArrays.typecode(component) == null
          ? CollectionsRows.naturalSort(s, s.arg(0), s.argument(0)) : null;
      case 2 -> CollectionsRows.sort(s, s.arg(0), s.argument(0), 1);
      case 3, 4 -> new PyExpr.Call(s.helper(Helper.SORT_RANGE), List.of(s.arg(0), s.arg(1),
          s.arg(2), s.arity() == 4 && !(s.argument(3) instanceof NullLiteralExpr) ? s.arg(3)
              : order(s, component, s.argument(0))));
      default -> null;
    };
  }

  /** {@code a[:] = array("i", sorted(a))}; null for object arrays (a call, {@link #sort}). */
  private static List<PyStmt> sortTyped(CallSite s) {
    TypeMirror component = TypedArrays.component(s.typeOf(s.argument(0)));
    String typecode = component == null ? null : TypedArrays.typecode(component);
    if (typecode == null || component.getKind() == TypeKind.FLOAT
        || component.getKind() == TypeKind.DOUBLE) {
      return null;
    }
    PyExpr[] array = Forms.once(s, s.arg(0), "array");
    return List.of(new PyStmt.Assign(new PyExpr.Slice(array[0], null, null),
        new PyExpr.Call(s.arrayClass(), List.of(TypedArrays.code(typecode),
            builtin("sorted", array[1])))));
  }

  /**
   * {@code binarySearch(a, key)}, {@code (a, from, to, key)}, {@code (a, key, cmp)},
   * {@code (a, from, to, key, cmp)}, {@code Collections.binarySearch(list, key[, cmp])}:
   * {@code _jbsearch(a, lo, hi, key, cmp)} with the arguments in Java's order, Java's steps (the
   * same index among equal elements, the same negative insertion point); a range the program gives
   * is checked as Java checks it.
   */
  private static PyExpr search(CallSite s, boolean array) {
    boolean ranged = array && s.arity() >= 4;
    int keyIndex = ranged ? 3 : 1;
    int cmpIndex = keyIndex + 1;
    TypeMirror element = NaturalOrder.elementType(s.typeOf(s.argument(0)));
    if (element != null && (element.getKind() == TypeKind.FLOAT
        || element.getKind() == TypeKind.DOUBLE)) {
      return s.reject(Message.UNMAPPED_LIBRARY_CALL, "binarySearch() in a " + element + "[]",
          "search an int[] (Java orders NaN and -0.0 by their bits)");
    }
    List<PyExpr> args = new ArrayList<>();
    if (ranged) {
      args.addAll(List.of(s.arg(0), s.arg(1), s.arg(2)));
    } else {
      PyExpr[] items = Forms.once(s, s.arg(0), "a");
      args.addAll(List.of(items[0], literal("0"), builtin("len", items[1])));
    }
    args.add(s.arg(keyIndex));
    args.add(s.arity() > cmpIndex && !(s.argument(cmpIndex) instanceof NullLiteralExpr)
        ? s.arg(cmpIndex) : order(s, element, s.argument(0)));
    if (ranged) {
      args.add(literal("True"));
    }
    return new PyExpr.Call(s.helper(Helper.BINARY_SEARCH), args);
  }

  /** Natural order: None (Python's {@code <}) for numbers and Strings, else compareTo. */
  private static PyExpr order(CallSite s, TypeMirror element, Expression source) {
    if (element == null || NaturalOrder.isBuiltin(s, element)) {
      return literal("None");
    }
    return NaturalOrder.comparator(s, element, false, s.node(), "this sort or search");
  }
}
