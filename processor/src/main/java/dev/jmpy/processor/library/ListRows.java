package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.alwaysTrue;
import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.helper;
import static dev.jmpy.processor.library.Forms.isEmpty;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * {@code List}, {@code ArrayList}, {@code LinkedList} (and {@code Collection}): a Python list,
 * with Java's results where Python's methods return None.
 */
final class ListRows implements LibraryRegistry.Rows {
  private static final String LIST = Jdk.LIST + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation("java.util.ArrayList", ListRows::create)
        .creation("java.util.LinkedList", ListRows::create)
        .call(LIST + "size", s -> builtin("len", s.receiver()))
        .call(LIST + "isEmpty", s -> isEmpty(s.receiver()))
        .call(LIST + "get", s -> Indexes.subscript(s.range(s.argument(0)), s.receiver(), s.arg(0),
            s::temporary))
        .call(LIST + "add", s -> s.arity() == 1
            ? alwaysTrue(s, method(s.receiver(), "append", s.arg(0)))
            : method(s.receiver(), "insert", s.arg(0), s.arg(1)))
        .call(LIST + "addAll", s -> s.arity() == 1 ? method(s.receiver(), "extend", s.arg(0)) : null)
        .call(LIST + "contains", s -> op(s.arg(0), "in", s.receiver()))
        // toArray(), toArray(String[]::new): a new list; toArray(a): into a when it fits, as Java
        .call(LIST + "toArray", ListRows::toArray)
        .call(LIST + "indexOf", s -> new PyExpr.IfExp(op(s.arg(0), "in", s.receiver()),
            method(s.receiver(), "index", s.arg(0)), literal("-1")))
        .call(LIST + "clear", s -> method(s.receiver(), "clear"))
        // javac chose remove(int index) or remove(Object) by the argument's static type.
        .call(LIST + "remove", ListRows::remove)
        .call(LIST + "lastIndexOf", s -> helper(s, Helper.LAST_INDEX, List.of(s.receiver(),
            s.arg(0))))
        .call(LIST + "equals", s -> op(s.receiver(), "==", s.arg(0)))
        .call(LIST + "hashCode", s -> s.scope().isEmpty() ? null
            : Hashing.hash(s, s.receiver(), s.typeOf(s.scope().get()), s.node(), "hashCode()"))
        .call(LIST + "subList", ListRows::subList)
        // JDK 21's SequencedCollection ends: NoSuchElementException when empty, as Java
        .call(LIST + "getFirst", s -> end(s, "0", false))
        .call(LIST + "getLast", s -> end(s, "-1", false))
        .call(LIST + "removeFirst", s -> end(s, "0", true))
        .call(LIST + "removeLast", s -> end(s, "-1", true))
        // ArrayList.clone(): a shallow copy
        .call(LIST + "clone", s -> s.arity() == 0 ? new PyExpr.Slice(s.receiver(), null, null)
            : null)
        .call(LIST + "removeIf", s -> helper(s, Helper.REMOVE_IF, List.of(s.receiver(),
            s.arg(0))))
        .statement(LIST + "clear", ListRows::clearRange)
        .statement(LIST + "replaceAll", ListRows::replaceAll)
        .call(LIST + "sort", s -> CollectionsRows.sort(s, s.receiver(), s.scope().orElse(null), 0))
        .statement(LIST + "set", s -> s.scope().isEmpty() ? null : List.of(new PyStmt.Assign(
            Indexes.subscript(s.range(s.argument(0)), s.translate(s.scope().get()), s.arg(0),
                s::temporary), s.arg(1))))
        .statement(LIST + "removeIf", RemoveIf::statement);
  }

  /**
   * remove(int): {@code lst.pop(i)}, index checked (see {@link #pop}); remove(Object):
   * {@code _jlistremove(lst, x)}, whether it was there (Python's remove raises instead); remove():
   * the head, as LinkedList's.
   */
  private static PyExpr remove(CallSite s) {
    if (s.arity() == 0) {
      return method(s.receiver(), "pop", literal("0"));
    }
    if (s.method().getParameters().get(0).asType().getKind() == TypeKind.INT) {
      return pop(s);
    }
    return helper(s, Helper.LIST_REMOVE, List.of(s.receiver(), s.arg(0)));
  }

  /**
   * {@code list.subList(a, b)} used up in the expression that makes it: {@code _jsublist(lst, a,
   * b)}, a checked copy. Kept for later it would be a live view in Java: rejected (JMPY064).
   */
  private static PyExpr subList(CallSite s) {
    if (!SortedViews.usedAtOnce((com.github.javaparser.ast.expr.Expression) s.node(), s)) {
      String list = s.scope().map(Object::toString).orElse("list");
      return s.reject(Message.LIST_VIEW_KEPT, s.node().toString(),
          "new ArrayList<>(" + list + ".subList(...))");
    }
    return helper(s, Helper.SUB_LIST, List.of(s.receiver(), s.arg(0), s.arg(1)));
  }

  /** {@code list.subList(a, b).clear();} → {@code _jsublist(lst, a, b, True)}: removes the range. */
  private static List<PyStmt> clearRange(CallSite s) {
    if (s.scope().isEmpty() || !(s.scope().get() instanceof MethodCallExpr view)
        || !view.getNameAsString().equals("subList") || view.getScope().isEmpty()
        || view.getArguments().size() != 2) {
      return null;
    }
    return List.of(new PyStmt.ExprStmt(helper(s, Helper.SUB_LIST, List.of(
        s.translate(view.getScope().get()), s.translate(view.getArgument(0)),
        s.translate(view.getArgument(1)), literal("True")))));
  }

  /** {@code list.replaceAll(f);} → {@code lst[:] = [f(x) for x in lst]}. */
  private static List<PyStmt> replaceAll(CallSite s) {
    if (s.scope().isEmpty() || s.arity() != 1) {
      return null;
    }
    PyExpr list = s.translate(s.scope().get());
    CallSite.Applied f = s.apply(s.argument(0));
    return List.of(new PyStmt.Assign(new PyExpr.Slice(list, null, null),
        new PyExpr.ListComp(f.result(), f.variable(), list)));
  }

  /** {@code remove(int i)}: {@code lst.pop(i)}, a negative index past the end as Java refuses it. */
  private static PyExpr pop(CallSite s) {
    if (Indexes.known(s.range(s.argument(0)))) {
      return method(s.receiver(), "pop", s.arg(0));
    }
    PyExpr[] list = Indexes.twice(s.receiver(), "list", s::temporary);
    return method(list[0], "pop",
        Indexes.checked(s.range(s.argument(0)), list[1], s.arg(0), s::temporary));
  }

  /** {@code new ArrayList<>()} → {@code []}; a copy → {@code list(c)}; a capacity is dropped. */
  static PyExpr create(CallSite s) {
    List<PyExpr> args = s.args();
    return isCopy(s, args) ? builtin("list", args) : new PyExpr.ListExpr(List.of());
  }

  /** One argument that is no int capacity: a collection to copy. */
  static boolean isCopy(CallSite s, List<PyExpr> args) {
    return args.size() == 1 && !s.javaTypes().isIntegral(s.typeOf(s.argument(0)));
  }

  /** {@code _jend(lst, i, remove)}: the end element, NoSuchElementException when empty. */
  private static PyExpr end(CallSite s, String index, boolean remove) {
    return s.arity() != 0 ? null : helper(s, Helper.LIST_END, List.of(s.receiver(),
        literal(index), literal(remove ? "True" : "False")));
  }

  /** {@code toArray()}, {@code toArray(String[]::new)}: a new list; {@code toArray(a)} as Java. */
  static PyExpr toArray(CallSite s) {
    return s.arity() == 0 || s.typeOf(s.argument(0)).getKind() != TypeKind.ARRAY
        ? builtin("list", s.receiver())
        : new PyExpr.Call(s.helper(Helper.COLLECTION_TO_ARRAY), List.of(s.receiver(), s.arg(0)));
  }
}
