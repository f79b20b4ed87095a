package text;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** split with literal separators (trailing empty strings dropped), String.join, toCharArray. */
@MicroPython
public class SplitJoin {
  static String show(String[] parts) {
    return parts.length + " " + Arrays.toString(parts);
  }

  public static void main(String[] args) {
    System.out.println("a,b,c -> " + show("a,b,c".split(",")));
    System.out.println("a,,b -> " + show("a,,b".split(",")));
    System.out.println("a,b,, -> " + show("a,b,,".split(",")));
    System.out.println(",a,b -> " + show(",a,b".split(",")));
    System.out.println("no separator -> " + show("abc".split(",")));
    System.out.println("empty string -> " + show("".split(",")));
    System.out.println("only separators -> " + show(",,,".split(",")));
    System.out.println("multi-char separator -> " + show("one::two::three".split("::")));
    System.out.println("space -> " + show("the quick  fox".split(" ")));
    System.out.println("semicolon -> " + show("k=v;x=y".split(";")));
    String csv = "name,age\nann,30\nbob,25";
    for (String line : csv.split("\n")) {
      String[] cells = line.split(",");
      System.out.println("row: " + cells[0] + " | " + cells[1]);
    }
    System.out.println("join: " + String.join("-", "a", "b", "c"));
    List<String> words = new ArrayList<>(List.of("x", "y", "z"));
    System.out.println("join list: " + String.join(", ", words));
    System.out.println("join empty list: '" + String.join(",", new ArrayList<String>()) + "'");
    String[] arr = {"1", "2", "3"};
    System.out.println("join array: " + String.join("+", arr));
    char[] chars = "hello".toCharArray();
    System.out.println("toCharArray length " + chars.length + " first " + chars[0] + " last " + chars[4]);
    int vowels = 0;
    for (char c : "programming language".toCharArray()) {
      if ("aeiou".indexOf(c) >= 0) {
        vowels++;
      }
    }
    System.out.println("vowels: " + vowels);
    String roundTrip = String.join(",", "a,b,c".split(","));
    System.out.println("round trip: " + roundTrip);
  }
}
