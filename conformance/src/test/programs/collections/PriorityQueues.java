package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * java.util.PriorityQueue: offer/add/poll/peek/remove/contains/size/isEmpty/clear, through a
 * PriorityQueue and a Queue variable, natural order, a Comparator, Comparable elements, built
 * from a collection (heapified), and for-each and text in Java's heap array order.
 */
@MicroPython
public class PriorityQueues {
  record Task(String name, int priority) implements Comparable<Task> {
    @Override
    public int compareTo(Task other) {
      return Integer.compare(priority, other.priority);
    }
  }

  public static void main(String[] args) {
    PriorityQueue<Integer> pq = new PriorityQueue<>();
    for (int n : List.of(5, 1, 8, 3, 2, 9, 4)) {
      pq.offer(n);
    }
    System.out.println(pq + " size " + pq.size() + " peek " + pq.peek());
    StringBuilder order = new StringBuilder();
    for (int n : pq) {
      order.append(n).append(' ');
    }
    System.out.println("heap order " + order);
    System.out.println("poll " + pq.poll() + " " + pq.poll() + " then " + pq);
    System.out.println("remove 8 " + pq.remove((Integer) 8) + " remove 7 " + pq.remove((Integer) 7)
        + " then " + pq + " contains 4 " + pq.contains(4));
    List<Integer> drained = new ArrayList<>();
    while (!pq.isEmpty()) {
      drained.add(pq.poll());
    }
    System.out.println("drained " + drained + " poll of empty " + pq.poll() + " peek "
        + pq.peek());

    Queue<String> byLength = new PriorityQueue<>(Comparator.comparingInt(String::length)
        .thenComparing(Comparator.naturalOrder()));
    byLength.add("banana");
    byLength.add("fig");
    byLength.offer("kiwi");
    byLength.add("apple");
    byLength.add("yam");
    System.out.println(byLength + " remove " + byLength.remove() + " poll " + byLength.poll()
        + " " + byLength);

    PriorityQueue<Integer> maxFirst = new PriorityQueue<>(10, (a, b) -> b - a);
    maxFirst.addAll(List.of(3, 9, 1, 7, 5, 8));
    System.out.println("max first " + maxFirst + " " + maxFirst.poll());

    PriorityQueue<Integer> built = new PriorityQueue<>(List.of(3, 9, 1, 7, 5, 8, 2));
    System.out.println("heapified " + built);
    PriorityQueue<Integer> copied = new PriorityQueue<>(maxFirst);
    copied.add(100);
    System.out.println("copy keeps the comparator " + copied.peek() + " " + copied);

    PriorityQueue<Task> tasks = new PriorityQueue<>();
    tasks.add(new Task("write", 3));
    tasks.add(new Task("test", 1));
    tasks.add(new Task("ship", 5));
    tasks.add(new Task("plan", 1));
    while (!tasks.isEmpty()) {
      System.out.println("task " + tasks.poll());
    }
    pq.add(1);
    pq.clear();
    System.out.println("cleared " + pq.isEmpty());
  }
}
