package text;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** split with the regexes people use, Java's trailing-empty rule and limits; replaceAll, replaceFirst, matches. */
@MicroPython
public class SplitRegex {
  static final String FIELD_SEPARATOR = ",\\s*";

  static List<Integer> parseIp(String ip) {
    List<Integer> parts = new ArrayList<>();
    for (String part : ip.split("\\.")) {
      parts.add(Integer.parseInt(part));
    }
    return parts;
  }

  static String show(String[] parts) {
    return parts.length + " " + Arrays.toString(parts);
  }

  public static void main(String[] args) {
    System.out.println(parseIp("192.168.1.20"));
    System.out.println(show("  the quick\tbrown   fox ".split("\\s+")));
    System.out.println(show("red, green,blue,  ,".split(FIELD_SEPARATOR)));
    System.out.println(show("a;b,c;;".split("[,;]")));
    System.out.println(show("id|name||".split("\\|")));
    System.out.println(show("k = v = w".split(" = ")));
    System.out.println(show("k = v = w".split(" = ", 2)));
    System.out.println(show("a,b,,".split(",", -1)));
    System.out.println(show("a,b,,".split(",", 0)));
    System.out.println(show("".split(",")));
    System.out.println(show(",".split(",")));
    System.out.println(show("abc".split("")));
    System.out.println(show("no separator".split(";")));
    System.out.println(show("2024-01-15T10:30".split("[-T:]")));
    System.out.println(show("x1y22z333".split("\\d+")));
    System.out.println(show("one  two".split(" ")));
    int limit = 3;
    System.out.println(show("a b c d e".split(" ", limit)));
    System.out.println(show("a b c d e".split("\\s", limit)));
    System.out.println("Hello, World! 42".replaceAll("[^A-Za-z]", ""));
    System.out.println("Hello, World! 42".toLowerCase().replaceAll("[^a-z]", ""));
    System.out.println("  too   many    spaces ".replaceAll("\\s+", " ").trim());
    System.out.println("a.b.c".replaceAll("\\.", "/") + " " + "a.b.c".replaceFirst("\\.", "/"));
    System.out.println("price: 40".replaceAll("\\d+", "<$0>"));
    System.out.println("cost 5".replaceAll(" ", "\\$"));
    System.out.println("tab\tseparated".replaceAll("\t", " -> "));
    for (String s : new String[] {"0101", "0102", "", "12345", "-7", "12a"}) {
      System.out.println("'" + s + "' binary=" + s.matches("[01]+") + " number=" + s.matches("-?\\d+")
          + " word=" + s.matches("\\w*"));
    }
    try {
      System.out.println("abc".replaceAll("b", "$1"));
    } catch (IndexOutOfBoundsException e) {
      System.out.println("no group 1");
    }
  }
}
