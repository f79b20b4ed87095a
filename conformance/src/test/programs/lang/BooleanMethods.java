package lang;

import dev.jmpy.annotations.MicroPython;

/** Boolean's static and instance methods: parsing (any case, null, the argument read once), text, compare, logical ops. */
@MicroPython
public class BooleanMethods {
  static int reads;

  static String next(String s) {
    reads++;
    return s;
  }

  public static void main(String[] args) {
    String[] words = {"true", "TRUE", "True", "tRuE", "false", "yes", "1", "", " true", null};
    for (String w : words) {
      System.out.println(w + " -> " + Boolean.parseBoolean(w) + " " + Boolean.valueOf(w));
    }
    boolean parsed = Boolean.parseBoolean(next("true"));
    Boolean boxed = Boolean.valueOf(next("nope"));
    System.out.println(parsed + " " + boxed + " after " + reads + " reads");
    Boolean t = Boolean.valueOf(true);
    System.out.println(t.booleanValue() + " " + Boolean.toString(false) + " " + Boolean.toString(3 > 2));
    System.out.println(Boolean.compare(true, false) + " " + Boolean.compare(false, true) + " "
        + Boolean.compare(true, true));
    System.out.println(Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " "
        + Boolean.logicalXor(true, false) + " " + Boolean.logicalXor(true, true));
    String text = "x" + Boolean.toString(Boolean.parseBoolean("TRUE"));
    System.out.println(text);
  }
}
