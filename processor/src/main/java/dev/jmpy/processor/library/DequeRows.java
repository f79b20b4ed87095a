package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.alwaysTrue;
import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.isEmpty;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import java.util.List;

/**
 * A deque ({@code ArrayDeque}, {@code Queue}, {@code Deque}, and LinkedList's Deque methods) is a
 * Python list, its head at index 0. An empty poll or peek gives null (None), as in Java.
 */
final class DequeRows implements LibraryRegistry.Rows {
  static final String DEQUE = "java.util.Deque";
  private static final String ROW = DEQUE + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation("java.util.ArrayDeque", ListRows::create)
        .call(ROW + "addLast", s -> method(s.receiver(), "append", s.arg(0)))
        .call(ROW + "offer", s -> alwaysTrue(s, method(s.receiver(), "append", s.arg(0))))
        .call(ROW + "offerLast", s -> alwaysTrue(s, method(s.receiver(), "append", s.arg(0))))
        .call(ROW + "add", s -> alwaysTrue(s, method(s.receiver(), "append", s.arg(0))))
        .call(ROW + "addFirst", s -> method(s.receiver(), "insert", literal("0"), s.arg(0)))
        .call(ROW + "offerFirst", s -> alwaysTrue(s, method(s.receiver(), "insert", literal("0"),
            s.arg(0))))
        .call(ROW + "push", s -> method(s.receiver(), "insert", literal("0"), s.arg(0)))
        .call(ROW + "poll", s -> takeOrNone(s, "pop", "0"))
        .call(ROW + "pollFirst", s -> takeOrNone(s, "pop", "0"))
        .call(ROW + "pollLast", s -> takeOrNone(s, "pop", null))
        .call(ROW + "peek", s -> takeOrNone(s, null, "0"))
        .call(ROW + "peekFirst", s -> takeOrNone(s, null, "0"))
        .call(ROW + "peekLast", s -> takeOrNone(s, null, "-1"))
        .call(ROW + "pop", s -> method(s.receiver(), "pop", literal("0")))
        .call(ROW + "removeFirst", s -> method(s.receiver(), "pop", literal("0")))
        .call(ROW + "remove", s -> s.arity() == 0 ? method(s.receiver(), "pop", literal("0")) : null)
        .call(ROW + "removeLast", s -> method(s.receiver(), "pop"))
        .call(ROW + "getFirst", s -> Forms.item(s.receiver(), "0"))
        .call(ROW + "getLast", s -> Forms.item(s.receiver(), "-1"))
        .call(ROW + "size", s -> builtin("len", s.receiver()))
        .call(ROW + "isEmpty", s -> isEmpty(s.receiver()))
        .call(ROW + "contains", s -> op(s.arg(0), "in", s.receiver()))
        .call(ROW + "clear", s -> method(s.receiver(), "clear"));
  }

  /**
   * poll/peek: {@code (d.pop(0) if d else None)} with the deque evaluated once; {@code take} is
   * the method to call ("pop") or null to index, {@code at} the index (null: the end).
   */
  private static PyExpr takeOrNone(CallSite s, String take, String at) {
    PyExpr deque = s.receiver();
    PyExpr test = deque;
    if (!(deque instanceof PyExpr.Name)) {
      String temp = s.temporary("deque");
      test = new PyExpr.NamedExpr(temp, deque);
      deque = new PyExpr.Name(temp);
    }
    PyExpr value = take == null ? new PyExpr.Subscript(deque, literal(at))
        : at == null ? method(deque, take) : method(deque, take, literal(at));
    return new PyExpr.IfExp(test, value, literal("None"));
  }
}
