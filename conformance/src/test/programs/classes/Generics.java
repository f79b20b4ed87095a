package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Generic classes and methods (erased): a box, a pair, a generic stack, generic static methods. */
@MicroPython
public class Generics {
  static class Box<T> {
    private T value;

    Box(T value) {
      this.value = value;
    }

    T get() {
      return value;
    }

    void set(T v) {
      value = v;
    }

    boolean isEmpty() {
      return value == null;
    }
  }

  static class Pair<A, B> {
    private final A first;
    private final B second;

    Pair(A first, B second) {
      this.first = first;
      this.second = second;
    }

    A first() {
      return first;
    }

    B second() {
      return second;
    }
  }

  static class Stack<E> {
    private final List<E> items = new ArrayList<>();

    void push(E e) {
      items.add(e);
    }

    E pop() {
      return items.remove(items.size() - 1);
    }

    int size() {
      return items.size();
    }
  }

  static <T> T firstOr(List<T> xs, T fallback) {
    return xs.isEmpty() ? fallback : xs.get(0);
  }

  static <K, V> Pair<V, K> swap(Pair<K, V> p) {
    return new Pair<>(p.second(), p.first());
  }

  public static void main(String[] args) {
    Box<String> s = new Box<>("hello");
    Box<Integer> n = new Box<>(41);
    n.set(n.get() + 1);
    System.out.println("box: " + s.get() + " " + n.get() + " empty " + s.isEmpty());
    s.set(null);
    System.out.println("after null: " + s.isEmpty());
    Pair<String, Integer> p = new Pair<>("one", 1);
    Pair<Integer, String> q = swap(p);
    System.out.println("pair " + p.first() + "," + p.second() + " swapped " + q.first() + "," + q.second());
    Stack<String> st = new Stack<>();
    st.push("a");
    st.push("b");
    st.push("c");
    String top = st.pop();
    System.out.println("popped " + top + ", left " + st.size());
    System.out.println("firstOr: " + firstOr(List.of(5, 6), 0) + " " + firstOr(new ArrayList<Integer>(), -1));
  }
}
