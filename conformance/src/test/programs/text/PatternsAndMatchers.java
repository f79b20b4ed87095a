package text;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pattern.compile of the simple regex forms, held in a field or a local, and its Matcher's
 * replaceAll/replaceFirst/matches; Pattern.split, Pattern.matches (as TheAlgorithms' infix
 * converters filter brackets).
 */
@MicroPython
public class PatternsAndMatchers {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  static String filterBrackets(String input) {
    Pattern pattern = Pattern.compile("[^(){}\\[\\]<>]");
    Matcher matcher = pattern.matcher(input);
    return matcher.replaceAll("");
  }

  public static void main(String[] args) {
    System.out.println(filterBrackets("(a + [b * {c}]) < d >"));
    System.out.println(DIGITS.matcher("a1b22c333").replaceAll("#") + " "
        + DIGITS.matcher("a1b22c333").replaceFirst("<$0>"));
    System.out.println(DIGITS.matcher("2026").matches() + " " + DIGITS.matcher("20x6").matches()
        + " " + Pattern.matches("[a-z]+", "abc") + " " + Pattern.matches("abc", "abd"));
    System.out.println(Arrays.toString(Pattern.compile("\\s*,\\s*").split("a , b,c ,, d")));
    System.out.println(DIGITS.pattern() + " " + DIGITS.toString());
  }
}
