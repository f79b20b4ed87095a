package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A ring buffer whose iterator() returns an anonymous Iterator, and a range made by an anonymous
 * Iterable, a lambda and a method reference given as an Iterable: for-each, explicit hasNext()/next(), NoSuchElementException at the end.
 */
@MicroPython
public class AnonymousIterators {
  static final class Ring<T> implements Iterable<T> {
    private final Object[] items;
    private int head;
    private int size;

    Ring(int capacity) {
      items = new Object[capacity];
    }

    void add(T item) {
      items[(head + size) % items.length] = item;
      if (size < items.length) {
        size++;
      } else {
        head = (head + 1) % items.length;
      }
    }

    @SuppressWarnings("unchecked")
    T get(int i) {
      return (T) items[(head + i) % items.length];
    }

    @Override
    public Iterator<T> iterator() {
      return new Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < size;
        }

        @Override
        public T next() {
          if (!hasNext()) {
            throw new NoSuchElementException("ring exhausted");
          }
          return get(i++);
        }
      };
    }
  }

  static Iterable<Integer> range(int from, int to) {
    return new Iterable<>() {
      @Override
      public Iterator<Integer> iterator() {
        return new Iterator<Integer>() {
          int next = from;

          public boolean hasNext() {
            return next < to;
          }

          public Integer next() {
            return next++;
          }
        };
      }
    };
  }

  public static void main(String[] args) {
    Ring<String> ring = new Ring<>(3);
    for (String s : new String[] {"a", "b", "c", "d", "e"}) {
      ring.add(s);
    }
    StringBuilder seen = new StringBuilder();
    for (String s : ring) {
      seen.append(s);
    }
    System.out.println(seen);
    Iterator<String> it = ring.iterator();
    while (it.hasNext()) {
      System.out.print(it.next() + ";");
    }
    System.out.println();
    try {
      it.next();
    } catch (NoSuchElementException e) {
      System.out.println("end: " + e.getMessage());
    }
    int total = 0;
    for (int i : range(3, 7)) {
      total += i;
    }
    System.out.println("total " + total);
    Iterable<Integer> evens = () -> java.util.List.of(2, 4, 6).iterator();
    for (int e : evens) {
      System.out.print(e + " ");
    }
    Iterable<String> again = ring::iterator;
    for (String s : again) {
      System.out.print(s);
    }
    System.out.println();
  }
}
