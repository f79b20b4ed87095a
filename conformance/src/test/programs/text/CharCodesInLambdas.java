package text;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.function.Function;

/**
 * A stream's lambda inside another lambda (its parameter is the comprehension's variable, not a
 * local the outer lambda captures), and String.indexOf/lastIndexOf of an int character code from
 * chars(), which Java looks up as a character (a user's trial: "vowels" crashed with NameError).
 */
@MicroPython
public class CharCodesInLambdas {
  public static void main(String[] args) {
    Function<String, Integer> vowels =
        s -> (int) s.chars().filter(c -> "aeiou".indexOf(c) >= 0).count();
    System.out.println("vowels " + vowels.apply("microcontroller"));
    Function<List<String>, List<Integer>> lengths = words -> words.stream().map(w -> w.length()).toList();
    System.out.println("lengths " + lengths.apply(List.of("a", "bcd", "ef")));
    int code = 'r';
    System.out.println("index " + "microcontroller".indexOf(code) + " last "
        + "microcontroller".lastIndexOf(code) + " from " + "microcontroller".indexOf(code, 3));
    System.out.println("char " + "abc".indexOf('c') + " missing " + "abc".indexOf(120));
  }
}
