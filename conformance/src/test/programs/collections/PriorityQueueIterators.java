package pqit;

import dev.jmpy.annotations.MicroPython;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * PriorityQueue.iterator() as Java's: the heap array in order; remove() of the element last
 * returned, including the case where the removal moves the heap's last element to before the
 * cursor (Java returns it at the end), remove() twice, next() past the end.
 */
@MicroPython
public class PriorityQueueIterators {
  public static void main(String[] args) {
    PriorityQueue<Integer> heap = new PriorityQueue<>();
    for (int x : new int[] {1, 10, 2, 11, 12, 3, 4}) {
      heap.add(x);
    }
    System.out.println(heap);
    StringBuilder seen = new StringBuilder();
    Iterator<Integer> it = heap.iterator();
    while (it.hasNext()) {
      int x = it.next();
      seen.append(x).append(' ');
      if (x == 11 || x == 3) {
        it.remove();
        seen.append("(removed) ");
      }
    }
    System.out.println(seen.toString().trim());
    System.out.println(heap + " size " + heap.size() + " head " + heap.peek());
    try {
      it.next();
    } catch (NoSuchElementException e) {
      System.out.println("past the end");
    }

    PriorityQueue<String> names = new PriorityQueue<>((a, b) -> b.compareTo(a));
    names.add("sample");
    names.add("report");
    names.add("flaky");
    names.add("wifi");
    names.add("ntp");
    Iterator<String> cancel = names.iterator();
    while (cancel.hasNext()) {
      String name = cancel.next();
      if (name.equals("report")) {
        cancel.remove();
        break;
      }
    }
    System.out.println(names);
    try {
      cancel.remove();
    } catch (IllegalStateException e) {
      System.out.println("remove twice: IllegalStateException");
    }
    StringBuilder order = new StringBuilder();
    while (!names.isEmpty()) {
      order.append(names.poll()).append(' ');
    }
    System.out.println(order.toString().trim());

    // Removing every element through the iterator empties the queue.
    PriorityQueue<Integer> all = new PriorityQueue<>();
    for (int i = 9; i > 0; i--) {
      all.offer(i * 7 % 10);
    }
    int count = 0;
    for (Iterator<Integer> each = all.iterator(); each.hasNext(); ) {
      each.next();
      each.remove();
      count++;
    }
    System.out.println(count + " removed, " + all.size() + " left");
  }
}
