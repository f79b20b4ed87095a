package fcomb;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Predicate.and/or/negate/not, Function.andThen/compose/identity, UnaryOperator.identity (the
 * combined functions are taken when the combinator is called, as in Java), and
 * Comparator.thenComparingInt/nullsFirst/nullsLast.
 */
@MicroPython
public class FunctionCombinators {
  static int calls = 0;

  static boolean counted(String s) {
    calls = calls + 1;
    return s.length() > 3;
  }

  public static void main(String[] args) {
    Predicate<String> empty = String::isEmpty;
    Predicate<String> longish = FunctionCombinators::counted;
    System.out.println(empty.negate().test("a") + " " + empty.or(longish).test("abcd") + " "
        + empty.and(longish).test("") + " " + Predicate.not(empty).test(""));
    calls = 0;
    Predicate<String> both = empty.and(longish);
    System.out.println("short-circuit " + both.test("abc") + " calls " + calls);
    Predicate<String> p = empty;
    Predicate<String> negated = p.negate();
    p = longish;
    System.out.println("taken at the call " + negated.test("") + " " + p.test(""));
    List<String> words = new ArrayList<>(List.of("pear", "", "fig", "kiwi", ""));
    words.removeIf(Predicate.not(longish).and(w -> !w.isEmpty()));
    System.out.println(words);

    Function<Integer, Integer> inc = x -> x + 1;
    Function<Integer, Integer> dbl = x -> x * 2;
    Function<Integer, String> text = x -> "<" + x + ">";
    System.out.println(inc.andThen(dbl).apply(3) + " " + inc.compose(dbl).apply(3) + " "
        + inc.andThen(text).apply(4) + " " + Function.<Integer>identity().apply(9) + " "
        + UnaryOperator.<String>identity().apply("u"));
    List<Integer> nums = new ArrayList<>(List.of(1, 2, 3));
    nums.replaceAll(UnaryOperator.identity());
    System.out.println(nums);

    List<String> fruit = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi", "date"));
    fruit.sort(Comparator.comparingInt(String::length).thenComparingInt(w -> w.charAt(0)));
    System.out.println(fruit);
    List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
    withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
    System.out.println(withNulls);
    withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
    System.out.println(withNulls);
  }
}
