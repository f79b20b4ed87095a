package lang;

import dev.jmpy.annotations.MicroPython;

/** Python chains a < b < c; Java compares a boolean with the next operand instead. */
@MicroPython
public class ChainedComparisons {
  static boolean check(int x) {
    return x > 0 == true;
  }

  public static void main(String[] args) {
    int x = 5;
    int y = 3;
    boolean t = true;
    System.out.println("x > y == t is " + (x > y == t));
    System.out.println("x < y == false is " + (x < y == false));
    System.out.println("(x > y) == (y > 1) is " + ((x > y) == (y > 1)));
    System.out.println("x == 5 == t is " + (x == 5 == t));
    System.out.println("x != 4 == y < 4 is " + (x != 4 == y < 4));
    System.out.println("check(3) = " + check(3));
    System.out.println("check(-3) = " + check(-3));
    boolean b = y < x == x < 10;
    System.out.println("y < x == x < 10 is " + b);
  }
}
