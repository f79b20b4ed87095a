package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.method;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.util.Collections}, and sorting: Python's own sort where equal elements cannot be
 * told apart (numbers, Strings), else the stable {@code _jsort} with a comparison function.
 */
final class CollectionsRows implements LibraryRegistry.Rows {
  private static final String COLLECTIONS = "java.util.Collections#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(COLLECTIONS + "sort", s -> s.arity() == 1
            ? naturalSort(s, s.arg(0), s.argument(0)) : sort(s, s.arg(0), s.argument(0), 1))
        .call(COLLECTIONS + "reverse", s -> method(s.arg(0), "reverse"))
        .call(COLLECTIONS + "max", s -> s.arity() == 1 ? extreme(s, "max") : null)
        .call(COLLECTIONS + "min", s -> s.arity() == 1 ? extreme(s, "min") : null);
  }

  /**
   * {@code _jsort(lst, cmp)} (stable), or a natural sort for a null comparator; {@code source} is
   * the list's Java expression.
   */
  static PyExpr sort(CallSite s, PyExpr list, Expression source, int comparatorIndex) {
    if (s.argument(comparatorIndex) instanceof NullLiteralExpr) {
      return naturalSort(s, list, source);
    }
    return new PyExpr.Call(s.helper(Helper.STABLE_SORT), List.of(list, s.arg(comparatorIndex)));
  }

  /**
   * Sorting a list or array of {@code source}'s elements by their natural order: Python's own
   * sort for numbers and Strings, else the stable {@code _jsort} with compareTo.
   */
  static PyExpr naturalSort(CallSite s, PyExpr list, Expression source) {
    TypeMirror element = NaturalOrder.elementType(s.typeOf(source));
    if (NaturalOrder.isBuiltin(s, element)) {
      return method(list, "sort");
    }
    return new PyExpr.Call(s.helper(Helper.STABLE_SORT), List.of(list,
        NaturalOrder.comparator(s, element, false, s.node(), "this sort")));
  }

  /**
   * Collections.max/min of numbers or Strings: Python's max/min, which keep the first of equal
   * elements as Java does. Other element types are rejected.
   */
  private static PyExpr extreme(CallSite s, String function) {
    TypeMirror element = NaturalOrder.elementType(s.typeOf(s.argument(0)));
    if (!NaturalOrder.isBuiltin(s, element)) {
      return s.reject(Message.UNMAPPED_LIBRARY_CALL,
          "Collections." + function + "() of " + element + " elements",
          "loop over them keeping the " + (function.equals("max") ? "greatest" : "least")
              + " by compareTo");
    }
    return builtin(function, s.args());
  }
}
