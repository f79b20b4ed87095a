package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedList;
import java.util.Queue;
@MicroPython
public class Deques {
  public static void main(String[] args) {
    Deque<Integer> d = new ArrayDeque<>();
    d.addLast(1); d.addLast(2); d.addFirst(0); d.push(-1);
    System.out.println(d + " " + d.size() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.contains(2));
    System.out.println(d.pollFirst() + " " + d.pollLast() + " " + d.pop() + " " + d);
    Queue<String> q = new LinkedList<>();
    q.offer("a"); q.offer("b");
    System.out.println(q.poll() + q.peek() + q.size() + " " + q.poll() + " " + q.poll() + " " + q.isEmpty());
    Deque<String> stack = new ArrayDeque<>();
    stack.push("x"); stack.push("y");
    while (!stack.isEmpty()) {
      System.out.print(stack.pop());
    }
    System.out.println();
  }
}
