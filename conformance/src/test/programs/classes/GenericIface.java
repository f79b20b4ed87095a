package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A generic interface with a default method calling an abstract method of T, implemented for a concrete type. */
@MicroPython
public class GenericIface {
  interface Repo<T, K> {
    List<T> all();
    K keyOf(T t);
    default T byKey(K k) {
      for (T t : all()) if (java.util.Objects.equals(keyOf(t), k)) return t;
      return null;
    }
    default List<T> where(Predicate<T> p) {
      List<T> out = new ArrayList<>();
      for (T t : all()) if (p.test(t)) out.add(t);
      return out;
    }
    default <R> List<R> mapAll(Function<T, R> f) {
      List<R> out = new ArrayList<>();
      for (T t : all()) out.add(f.apply(t));
      return out;
    }
  }

  record Book(String isbn, String title, int year) {}

  static class Shelf implements Repo<Book, String> {
    private final List<Book> books = new ArrayList<>();
    Shelf add(Book b) { books.add(b); return this; }
    public List<Book> all() { return books; }
    public String keyOf(Book b) { return b.isbn(); }
  }

  public static void main(String[] args) {
    Shelf s = new Shelf().add(new Book("1", "Dune", 1965)).add(new Book("2", "Emma", 1815)).add(new Book("3", "Ubik", 1969));
    System.out.println(s.byKey("2") + " " + s.byKey("9"));
    System.out.println(s.where(b -> b.year() > 1900));
    System.out.println(s.mapAll(Book::title) + " " + s.mapAll(b -> b.year() % 100));
    Repo<Book, String> r = s;
    System.out.println(r.where(b -> b.title().contains("u")).size());
  }
}
