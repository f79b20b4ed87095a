package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * A deque's ends (getFirst, getLast, removeFirst, removeLast, remove, isEmpty, clear), its
 * iterator and forEach; forEach on an ArrayList variable; a TreeSet's getFirst and getLast.
 */
@MicroPython
public class DequeEnds {
  public static void main(String[] args) {
    ArrayDeque<Integer> d = new ArrayDeque<>();
    d.addLast(1);
    d.addLast(2);
    d.addLast(3);
    d.addLast(4);
    System.out.println(d.getFirst() + " " + d.getLast() + " " + d.isEmpty());
    System.out.println(d.removeFirst() + " " + d.removeLast() + " " + d.remove() + " " + d);
    Iterator<Integer> it = d.iterator();
    while (it.hasNext()) {
      System.out.println("it " + it.next());
    }
    d.addFirst(9);
    d.forEach(x -> System.out.println("each " + x));
    d.clear();
    System.out.println(d.isEmpty() + " " + d.size());
    ArrayList<String> names = new ArrayList<>(List.of("b", "a"));
    names.forEach(n -> System.out.println("name " + n));
    TreeSet<Integer> t = new TreeSet<>(List.of(5, 1, 3));
    System.out.println(t.getFirst() + " " + t.getLast());
  }
}
