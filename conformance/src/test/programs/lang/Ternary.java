package lang;

import dev.jmpy.annotations.MicroPython;

/** Nested, right-associative ternaries and ternaries inside concatenation. */
@MicroPython
public class Ternary {
  static String sign(int x) {
    return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
  }

  public static void main(String[] args) {
    System.out.println(sign(5) + " " + sign(-5) + " " + sign(0));
    int a = 3;
    int b = 7;
    int max = a > b ? a : b;
    System.out.println("max = " + max);
    System.out.println("a is " + (a % 2 == 0 ? "even" : "odd"));
    boolean t = true;
    int v = t ? 1 : 2;
    System.out.println("v = " + v);
    int w = !t ? 1 : t ? 2 : 3;
    System.out.println("w = " + w);
    int z = (a > 2 ? a : b) * 10 + (b > 10 ? 1 : 0);
    System.out.println("z = " + z);
    String grade = a * 10 >= 90 ? "A" : a * 10 >= 50 ? "B" : a * 10 >= 30 ? "C" : "F";
    System.out.println("grade = " + grade);
    boolean both = a < b ? b < 10 : a < 10;
    System.out.println("both = " + both);
    System.out.println("neg = " + (a > 0 ? -a : a));
  }
}
