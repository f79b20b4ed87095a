package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.alwaysTrue;
import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.isEmpty;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
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
        .call(LIST + "of", s -> new PyExpr.ListExpr(s.args()))
        .call(LIST + "size", s -> builtin("len", s.receiver()))
        .call(LIST + "isEmpty", s -> isEmpty(s.receiver()))
        .call(LIST + "get", s -> Indexes.subscript(s.range(s.argument(0)), s.receiver(), s.arg(0),
            s::temporary))
        .call(LIST + "add", s -> s.arity() == 1
            ? alwaysTrue(s, method(s.receiver(), "append", s.arg(0)))
            : method(s.receiver(), "insert", s.arg(0), s.arg(1)))
        .call(LIST + "addAll", s -> s.arity() == 1 ? method(s.receiver(), "extend", s.arg(0)) : null)
        .call(LIST + "contains", s -> op(s.arg(0), "in", s.receiver()))
        .call(LIST + "indexOf", s -> new PyExpr.IfExp(op(s.arg(0), "in", s.receiver()),
            method(s.receiver(), "index", s.arg(0)), literal("-1")))
        .call(LIST + "clear", s -> method(s.receiver(), "clear"))
        // remove(int index) only: remove(Object) has no Python method that tells what it did.
        .call(LIST + "remove", s -> s.method().getParameters().size() == 1
            && s.method().getParameters().get(0).asType().getKind() == TypeKind.INT
            ? pop(s) : null)
        .call(LIST + "sort", s -> CollectionsRows.sort(s, s.receiver(), s.scope().orElse(null), 0))
        .statement(LIST + "set", s -> s.scope().isEmpty() ? null : List.of(new PyStmt.Assign(
            Indexes.subscript(s.range(s.argument(0)), s.translate(s.scope().get()), s.arg(0),
                s::temporary), s.arg(1))))
        .statement(LIST + "removeIf", RemoveIf::statement);
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
}
