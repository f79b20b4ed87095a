package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Method references of JDK methods and constructors, each giving what the call gives:
 * Integer::compare, String::valueOf, String::equals, Character::isLetter, Integer::parseInt,
 * ArrayList::new, StringBuilder::new, and bound receivers (names()::add, kept::add) evaluated once,
 * where the reference is made.
 */
@MicroPython
public class JdkMethodReferences {
  static int made;

  static List<String> names() {
    made++;
    return new ArrayList<>();
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
    List<Integer> numbers = new ArrayList<>(List.of(5, -3, 12, 0, 7));
    numbers.sort(Integer::compare);
    System.out.println("sorted " + numbers);
    IntBinaryOperator cmp = Integer::compare;
    System.out.println("compare " + cmp.applyAsInt(2, 9) + " " + cmp.applyAsInt(9, 2) + " "
        + cmp.applyAsInt(4, 4));

    Function<Integer, String> text = String::valueOf;
    System.out.println("valueOf " + text.apply(42) + text.apply(-1).length());
    Function<Boolean, String> flag = String::valueOf;
    System.out.println("valueOf " + flag.apply(true) + " " + flag.apply(false));

    BiPredicate<String, String> same = String::equals;
    System.out.println("equals " + same.test("ab", "ab") + " " + same.test("ab", "ba"));
    Predicate<String> isOk = "ok"::equals;
    System.out.println("ok " + count(List.of("ok", "no", "ok"), isOk));

    Predicate<Character> letter = Character::isLetter;
    System.out.println("letters " + letter.test('x') + " " + letter.test('4') + " "
        + letter.test(' '));
    Predicate<Character> digit = Character::isDigit;
    System.out.println("digits " + digit.test('7') + " " + digit.test('q'));

    Function<String, Integer> parse = Integer::parseInt;
    System.out.println("parse " + (parse.apply("-17") + 1));

    Supplier<List<String>> fresh = ArrayList::new;
    List<String> a = fresh.get();
    List<String> b = fresh.get();
    a.add("one");
    System.out.println("fresh " + a + " " + b + " " + (a != b));
    Function<String, StringBuilder> builder = StringBuilder::new;
    StringBuilder sb = builder.apply("start");
    sb.append("-more");
    System.out.println("builder " + sb);
    Supplier<StringBuilder> empty = StringBuilder::new;
    StringBuilder made2 = empty.get();
    made2.append("x");
    made2.append(1);
    System.out.println("empty [" + made2 + "]");

    Consumer<String> add = names()::add;
    add.accept("x");
    add.accept("y");
    System.out.println("made " + made);
    List<String> kept = new ArrayList<>();
    Consumer<String> keep = kept::add;
    List.of("p", "q", "r").forEach(keep);
    System.out.println("kept " + kept);
    List<Integer> lengths = new ArrayList<>();
    Function<String, Integer> length = String::length;
    Consumer<Integer> record = lengths::add;
    for (String w : List.of("a", "bcd", "")) {
      record.accept(length.apply(w));
    }
    System.out.println("lengths " + lengths);

    BiFunction<String, Integer, Character> at = String::charAt;
    System.out.println("charAt " + at.apply("hello", 1));
    Function<String, String> upper = String::toUpperCase;
    System.out.println(upper.apply("shout"));
  }
}
