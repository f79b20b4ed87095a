package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.method;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
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
        .call(COLLECTIONS + "max", s -> extreme(s, 1))
        .call(COLLECTIONS + "min", s -> extreme(s, -1))
        .call(COLLECTIONS + "frequency", CollectionsRows::frequency)
        .call(COLLECTIONS + "singletonList", s -> new PyExpr.Call(
            s.helper(Helper.IMMUTABLE_LIST), List.of(new PyExpr.ListExpr(s.args()))))
        .call(COLLECTIONS + "addAll", CollectionsRows::addAll)
        // Java's algorithm over Java's generator: a seeded Random shuffles as on the JVM; without
        // one, new Random() (seeded from the board's random, as Java's is unpredictable)
        .statement(COLLECTIONS + "shuffle", s -> List.of(new PyStmt.ExprStmt(
            new PyExpr.Call(s.helper(Helper.SHUFFLE), s.args()))))
        .statement(COLLECTIONS + "swap", CollectionsRows::swap);
  }

  /**
   * {@code lst.count(x)} for a List (Python's == is equals, None included), else
   * {@code len([_e for _e in c if _e == x])}.
   */
  private static PyExpr frequency(CallSite s) {
    if (s.isA(s.typeOf(s.argument(0)), Jdk.LIST)) {
      return method(s.arg(0), "count", s.arg(1));
    }
    PyExpr[] x = Forms.once(s, s.arg(1), "x");
    String element = s.temporary("e");
    return builtin("len", new PyExpr.ListComp(new PyExpr.Name(element), element, s.arg(0),
        Forms.op(new PyExpr.Name(element), "==", x[1])));
  }

  /** {@code lst[i], lst[j] = lst[j], lst[i]}, the list and indexes evaluated once each. */
  private static List<PyStmt> swap(CallSite s) {
    List<PyStmt> out = new ArrayList<>();
    PyExpr list = named(s, s.arg(0), "lst", out);
    PyExpr i = named(s, s.arg(1), "i", out);
    PyExpr j = named(s, s.arg(2), "j", out);
    out.add(new PyStmt.Assign(new PyExpr.TupleExpr(List.of(new PyExpr.Subscript(list, i),
        new PyExpr.Subscript(list, j))), new PyExpr.TupleExpr(List.of(
            new PyExpr.Subscript(list, j), new PyExpr.Subscript(list, i)))));
    return out;
  }

  /** {@code value} itself when it is a name or literal, else a temporary assigned first. */
  private static PyExpr named(CallSite s, PyExpr value, String base, List<PyStmt> out) {
    if (value instanceof PyExpr.Name || value instanceof PyExpr.Literal) {
      return value;
    }
    String temp = s.temporary(base);
    out.add(new PyStmt.Assign(new PyExpr.Name(temp), value));
    return new PyExpr.Name(temp);
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
   * Collections.max/min: {@code _jextreme(c, cmp, 1)} / {@code (c, cmp, -1)}, the first best element
   * as Java keeps it, NoSuchElementException when empty; {@code cmp} is the Comparator, None for
   * numbers and Strings (Python's {@code <}), or the elements' compareTo.
   */
  private static PyExpr extreme(CallSite s, int sign) {
    PyExpr order;
    if (s.arity() == 2 && !(s.argument(1) instanceof NullLiteralExpr)) {
      order = s.arg(1);
    } else {
      TypeMirror element = NaturalOrder.elementType(s.typeOf(s.argument(0)));
      order = NaturalOrder.isBuiltin(s, element) ? Forms.literal("None")
          : NaturalOrder.comparator(s, element, false, s.node(),
              "Collections." + (sign > 0 ? "max" : "min") + "()");
    }
    return new PyExpr.Call(s.helper(Helper.EXTREME), List.of(s.arg(0), order,
        Forms.literal(String.valueOf(sign))));
  }

  /**
   * {@code Collections.addAll(list, x, y)} / {@code (list, array)} into a List:
   * {@code lst.extend((x, y))} / {@code lst.extend(array)}; used as a value, whether anything was
   * added. Other collections have no row.
   */
  private static PyExpr addAll(CallSite s) {
    if (!s.isA(s.typeOf(s.argument(0)), Jdk.LIST) || s.arity() < 2) {
      return null;
    }
    PyExpr items;
    javax.lang.model.type.TypeMirror second = s.typeOf(s.argument(1));
    if (s.arity() == 2 && second != null
        && second.getKind() == javax.lang.model.type.TypeKind.ARRAY) {
      items = s.arg(1); // the varargs array itself
    } else {
      items = new PyExpr.TupleExpr(s.args().subList(1, s.arity()));
    }
    if (!s.valueUsed()) {
      return method(s.arg(0), "extend", items);
    }
    PyExpr[] list = Forms.once(s, s.arg(0), "lst");
    PyExpr[] added = Forms.once(s, items, "items");
    // (lst.extend(items) or len(items) > 0)
    return Forms.op(method(list[0], "extend", added[0]), "or",
        Forms.op(builtin("len", added[1]), ">", Forms.literal("0")));
  }
}
