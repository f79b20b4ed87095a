package lang;

import dev.jmpy.annotations.MicroPython;

/** Java and Python disagree on where the bitwise operators sit relative to comparisons. */
@MicroPython
public class OperatorPrecedence {
  public static void main(String[] args) {
    int a = 6;
    int b = 3;
    int c = 5;
    System.out.println("1 + 2 << 3 = " + (1 + 2 << 3));
    System.out.println("a & b | c = " + (a & b | c));
    System.out.println("a | b & c = " + (a | b & c));
    System.out.println("a ^ b & c = " + (a ^ b & c));
    System.out.println("a - b - c = " + (a - b - c));
    System.out.println("a - (b - c) = " + (a - (b - c)));
    System.out.println("a / b * c = " + (a / b * c));
    System.out.println("a * b % c = " + (a * b % c));
    System.out.println("-a % c = " + (-a % c));
    System.out.println("~a + 1 = " + (~a + 1));
    System.out.println("(a & b) == 2 is " + ((a & b) == 2));
    System.out.println("a > b == c > b is " + (a > b == c > b));
    System.out.println("1 < 2 == true is " + (1 < 2 == true));
    System.out.println("a < b != b < c is " + (a < b != b < c));
    System.out.println("a + b > c && c > b is " + (a + b > c && c > b));
    System.out.println("a >> 1 + 1 = " + (a >> 1 + 1));
    System.out.println("a << b - 1 = " + (a << b - 1));
  }
}
