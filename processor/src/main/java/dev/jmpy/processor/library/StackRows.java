package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.isEmpty;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;

/**
 * {@code java.util.Stack} and {@code java.util.Vector}: a Python list, bottom (index 0) to top,
 * as Vector stores it (so iteration and text go bottom to top, as in Java). Their List methods are
 * the List rows; these are the methods of their own.
 */
final class StackRows implements LibraryRegistry.Rows {
  static final String STACK = "java.util.Stack";
  static final String VECTOR = "java.util.Vector";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation(STACK, s -> new PyExpr.ListExpr(List.of()))
        .creation(VECTOR, ListRows::create)
        .call(STACK + "#push", StackRows::push)
        .call(STACK + "#pop", s -> method(s.receiver(), "pop"))
        .call(STACK + "#peek", s -> new PyExpr.Subscript(s.receiver(), literal("-1")))
        .call(STACK + "#empty", s -> isEmpty(s.receiver()))
        .call(STACK + "#search", StackRows::search)
        .call(VECTOR + "#addElement", s -> method(s.receiver(), "append", s.arg(0)))
        .call(VECTOR + "#elementAt", s -> new PyExpr.Subscript(s.receiver(), s.arg(0)))
        .call(VECTOR + "#firstElement", s -> new PyExpr.Subscript(s.receiver(), literal("0")))
        .call(VECTOR + "#lastElement", s -> new PyExpr.Subscript(s.receiver(), literal("-1")))
        .call(VECTOR + "#insertElementAt", s -> method(s.receiver(), "insert", s.arg(1), s.arg(0)))
        .call(VECTOR + "#removeElementAt", s -> method(s.receiver(), "pop", s.arg(0)))
        .call(VECTOR + "#removeAllElements", s -> method(s.receiver(), "clear"))
        .statement(VECTOR + "#setElementAt", s -> s.scope().isEmpty() ? null : List.of(
            new PyStmt.Assign(new PyExpr.Subscript(s.receiver(), s.arg(1)), s.arg(0))));
  }

  /**
   * {@code (len(s) - _i if (_i := _jlastindex(s, x)) >= 0 else -1)}: the distance from the top,
   * 1 for the top.
   */
  private static PyExpr search(CallSite s) {
    PyExpr[] stack = Forms.once(s, s.receiver(), "stack");
    String index = s.temporary("i");
    PyExpr found = new PyExpr.NamedExpr(index, new PyExpr.Call(s.helper(Helper.LAST_INDEX),
        List.of(stack[0], s.arg(0))));
    return new PyExpr.IfExp(op(found, ">=", literal("0")),
        op(Forms.builtin("len", stack[1]), "-", new PyExpr.Name(index)), literal("-1"));
  }

  /** {@code s.append(x)}; as a value (push returns its argument) {@code s.append(_v := x) or _v}. */
  private static PyExpr push(CallSite s) {
    if (!s.valueUsed()) {
      return method(s.receiver(), "append", s.arg(0));
    }
    PyExpr[] item = Forms.once(s, s.arg(0), "pushed");
    return op(method(s.receiver(), "append", item[0]), "or", item[1]);
  }
}
