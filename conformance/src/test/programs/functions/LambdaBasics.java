package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Expression lambdas of the java.util.function types and Runnable, called through their methods. */
@MicroPython
public class LambdaBasics {
  public static void main(String[] args) {
    Function<Integer, Integer> square = x -> x * x;
    Function<String, Integer> len = s -> s.length();
    BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
    BiFunction<String, Integer, String> rep = (s, n) -> s.repeat(n);
    Supplier<String> greeting = () -> "hello";
    Predicate<Integer> even = n -> n % 2 == 0;
    UnaryOperator<String> shout = s -> s.toUpperCase() + "!";
    BinaryOperator<Integer> max = (a, b) -> a > b ? a : b;
    Consumer<String> printer = s -> System.out.println("consumed " + s);
    Runnable hello = () -> System.out.println("runnable ran");
    System.out.println("square(7) = " + square.apply(7));
    System.out.println("len(abcd) = " + len.apply("abcd"));
    System.out.println("add(2, 40) = " + add.apply(2, 40));
    System.out.println("rep(ab, 3) = " + rep.apply("ab", 3));
    System.out.println("greeting = " + greeting.get());
    System.out.println("even(4) = " + even.test(4) + ", even(7) = " + even.test(7));
    System.out.println("shout = " + shout.apply("hey"));
    System.out.println("max(3, 9) = " + max.apply(3, 9));
    printer.accept("item");
    hello.run();
    System.out.println("composed by hand: " + square.apply(add.apply(1, 2)));
    Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
    System.out.println("curried: " + adder.apply(10).apply(5));
  }
}
