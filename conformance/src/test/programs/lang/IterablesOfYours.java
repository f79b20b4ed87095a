package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Classes of yours implementing Iterable<T>, iterated by for-each: one with an Iterator class of
 * its own, one handing out a List's iterator, a subclass of it; Iterator.hasNext()/next() called
 * through the Iterator interface on a class of yours.
 */
@MicroPython
public class IterablesOfYours {
  static class Countdown implements Iterable<Integer> {
    private final int from;

    Countdown(int from) {
      this.from = from;
    }

    public Iterator<Integer> iterator() {
      return new Steps(from);
    }
  }

  static class Steps implements Iterator<Integer> {
    private int left;

    Steps(int left) {
      this.left = left;
    }

    public boolean hasNext() {
      return left > 0;
    }

    public Integer next() {
      left--;
      return left + 1;
    }
  }

  static class Bag<T> implements Iterable<T> {
    protected final List<T> items = new ArrayList<>();

    Bag<T> with(T item) {
      items.add(item);
      return this;
    }

    public Iterator<T> iterator() {
      return items.iterator();
    }
  }

  static class Labelled extends Bag<String> {
    String label() {
      StringBuilder sb = new StringBuilder();
      for (String s : this) {
        sb.append("<").append(s).append(">");
      }
      return sb.toString();
    }
  }

  static <T> int count(Iterable<T> xs) {
    int n = 0;
    for (T x : xs) {
      n++;
    }
    return n;
  }

  public static void main(String[] args) {
    StringBuilder out = new StringBuilder();
    for (int k : new Countdown(4)) {
      out.append(k).append(' ');
    }
    System.out.println(out.toString().trim());

    Bag<String> bag = new Bag<String>().with("a").with("b").with("c");
    for (String s : bag) {
      if (s.equals("c")) {
        break;
      }
      System.out.println("item " + s);
    }
    Labelled l = new Labelled();
    l.with("x");
    l.with("y");
    System.out.println(l.label() + " " + count(l) + " " + count(new Countdown(7)));

    Iterator<Integer> it = new Countdown(3).iterator();
    int sum = 0;
    while (it.hasNext()) {
      sum += it.next();
    }
    System.out.println("sum " + sum + ", more " + it.hasNext());
    Iterator<Integer> steps = new Steps(2);
    System.out.println("first " + steps.next() + ", second " + steps.next());

    for (int a : new Countdown(2)) {
      for (int b : new Countdown(2)) {
        System.out.println(a + "x" + b);
      }
    }
  }
}
