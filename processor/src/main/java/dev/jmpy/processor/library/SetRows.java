package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.helperOnReceiver;
import static dev.jmpy.processor.library.Forms.isEmpty;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;

/**
 * {@code Set}, {@code HashSet}, {@code LinkedHashSet}: a Python set (a {@code _LinkedSet} in
 * insertion order for LinkedHashSet), with Java's results of add and remove through helpers.
 */
final class SetRows implements LibraryRegistry.Rows {
  private static final String SET = Jdk.SET + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation("java.util.HashSet", s -> {
          PyExpr listKeys = MapRows.listKeyed(s);
          if (listKeys != null) {
            return listKeys;
          }
          List<PyExpr> args = s.args();
          return builtin("set", ListRows.isCopy(s, args) ? args : List.of());
        })
        .creation("java.util.LinkedHashSet", s -> {
          List<PyExpr> args = s.args();
          return new PyExpr.Call(s.helper(Helper.LINKED_SET),
              ListRows.isCopy(s, args) ? args : List.of());
        })
        .call(SET + "add", s -> s.valueUsed()
            ? helperOnReceiver(s, Helper.SET_ADD) : method(s.receiver(), "add", s.arg(0)))
        .call(SET + "remove", s -> s.valueUsed()
            ? helperOnReceiver(s, Helper.SET_REMOVE) : method(s.receiver(), "discard", s.arg(0)))
        .call(SET + "contains", s -> op(s.arg(0), "in", s.receiver()))
        .call(SET + "toArray", ListRows::toArray)
        .call(SET + "clear", s -> method(s.receiver(), "clear"))
        .call(SET + "size", s -> builtin("len", s.receiver()))
        .call(SET + "isEmpty", s -> isEmpty(s.receiver()))
        // for _e in c: s.add(_e)
        .statement(SET + "addAll", SetRows::addAll)
        .statement("java.util.AbstractCollection#addAll", SetRows::addAll);
  }

  private static List<PyStmt> addAll(CallSite s) {
    if (s.scope().isEmpty() || s.arity() != 1 || !s.isA(s.typeOf(s.scope().get()), Jdk.SET)) {
      return null;
    }
    PyExpr set = s.translate(s.scope().get());
    PyExpr source = s.arg(0);
    String element = s.temporary("e");
    return List.of(new PyStmt.For(element, source, List.of(new PyStmt.ExprStmt(
        method(set, "add", new PyExpr.Name(element))))));
  }
}
