package lang;

import dev.jmpy.annotations.MicroPython;

/** else-if chains, nested ifs and the dangling else. */
@MicroPython
public class IfElseChains {
  static String classify(int n) {
    String r;
    if (n < 0) {
      r = "neg";
    } else if (n == 0) {
      r = "zero";
    } else if (n < 10) {
      r = "small";
    } else {
      if (n % 2 == 0) {
        r = "big even";
      } else {
        r = "big odd";
      }
    }
    return r;
  }

  static String dangling(int a, int b) {
    if (a > 0)
      if (b > 0)
        return "both";
      else
        return "a only";
    return "not a";
  }

  public static void main(String[] args) {
    System.out.println(classify(-3) + ", " + classify(0) + ", " + classify(4) + ", "
        + classify(12) + ", " + classify(13));
    System.out.println(dangling(1, 1) + ", " + dangling(1, -1) + ", " + dangling(-1, 1));
    int x = 5;
    if (x > 3) System.out.println("no braces then");
    else System.out.println("no braces else");
    if (x > 10) {
      System.out.println("unreached");
    }
    if (!(x > 10)) {
      System.out.println("negated");
    }
  }
}
