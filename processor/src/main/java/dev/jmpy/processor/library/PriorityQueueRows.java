package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.helper;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.util.PriorityQueue}: {@code _PriorityQueue(cmp[, items])}, a list holding Java's
 * binary heap with Java's sift steps, so for-each and text show Java's array order. Its
 * {@code append} is offer and {@code pop(i)} Java's removeAt, so the Queue rows (offer, poll, peek,
 * size, contains, clear, {@code remove()}) and List rows (addAll, isEmpty, remove(Object)) work on
 * it unchanged, also through a {@code Queue} variable; {@code iterator()} is Java's iterator over
 * the heap array ({@code _PriorityQueueIterator}). {@code cmp} is the Comparator or the elements'
 * natural order.
 */
final class PriorityQueueRows implements LibraryRegistry.Rows {
  static final String PRIORITY_QUEUE = "java.util.PriorityQueue";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.creation(PRIORITY_QUEUE, PriorityQueueRows::create)
        .call(PRIORITY_QUEUE + "#remove", s -> s.arity() == 0
            ? method(s.receiver(), "pop", literal("0"))
            : helper(s, Helper.LIST_REMOVE, List.of(s.receiver(), s.arg(0))))
        // Java's Itr over the heap array, with removeAt's moved element kept for the end
        .call(PRIORITY_QUEUE + "#iterator", s -> method(s.receiver(), "iterator"));
  }

  /**
   * {@code new PriorityQueue<>([capacity][, comparator])} → {@code _PriorityQueue(cmp)};
   * {@code new PriorityQueue<>(collection)} → {@code _PriorityQueue(cmp, c)} (heapified as Java's;
   * a PriorityQueue's or sorted set's comparator comes with it).
   */
  private static PyExpr create(CallSite s) {
    PyExpr comparator = null;
    PyExpr items = null;
    for (int i = 0; i < s.arity(); i++) {
      TypeMirror type = s.typeOf(s.argument(i));
      if (type.getKind().isPrimitive()) {
        continue; // the initial capacity
      }
      if (s.isA(type, Jdk.COMPARATOR)) {
        comparator = s.arg(i);
      } else if (s.isA(type, PRIORITY_QUEUE) || s.isA(type, "java.util.SortedSet")) {
        PyExpr[] source = Forms.once(s, s.arg(i), "src");
        comparator = new PyExpr.Attribute(source[0], "_cmp");
        items = source[1];
      } else {
        items = s.arg(i);
      }
    }
    if (comparator == null) {
      TypeMirror element = NaturalOrder.elementType(s.type());
      comparator = NaturalOrder.comparator(s, element, false, s.node(), "new PriorityQueue<>()");
    }
    List<PyExpr> args = new ArrayList<>(List.of(comparator));
    if (items != null) {
      args.add(items);
    }
    return helper(s, Helper.PRIORITY_QUEUE, args);
  }
}
