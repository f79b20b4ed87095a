package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** JDK method references: String::length, toUpperCase, toLowerCase, trim, isEmpty, Integer::parseInt, Math::abs. */
@MicroPython
public class LibraryMethodRefs {
  static <T, R> List<R> map(List<T> xs, Function<T, R> f) {
    List<R> out = new ArrayList<>();
    for (T x : xs) {
      out.add(f.apply(x));
    }
    return out;
  }

  static <T> int count(List<T> xs, Predicate<T> p) {
    int n = 0;
    for (T x : xs) {
      if (p.test(x)) {
        n++;
      }
    }
    return n;
  }

  public static void main(String[] args) {
    List<String> words = List.of(" Hello ", "", "WORLD", "mixed Case");
    System.out.println("length: " + map(words, String::length));
    System.out.println("upper: " + map(words, String::toUpperCase));
    System.out.println("lower: " + map(words, String::toLowerCase));
    System.out.println("trim: " + map(words, String::trim));
    System.out.println("empty count: " + count(words, String::isEmpty));
    List<String> numbers = List.of("12", "-7", "300");
    List<Integer> parsed = map(numbers, Integer::parseInt);
    System.out.println("parsed: " + parsed);
    System.out.println("abs: " + map(parsed, Math::abs));
    Function<String, Integer> parse = Integer::parseInt;
    System.out.println("parse + 1 = " + (parse.apply("41") + 1));
  }
}
