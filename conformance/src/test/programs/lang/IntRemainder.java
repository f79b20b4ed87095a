package lang;

import dev.jmpy.annotations.MicroPython;

/** The remainder takes the sign of the dividend in Java (Python's % takes the divisor's). */
@MicroPython
public class IntRemainder {
  public static void main(String[] args) {
    System.out.println("7 % 3 = " + (7 % 3));
    System.out.println("-7 % 3 = " + (-7 % 3));
    System.out.println("7 % -3 = " + (7 % -3));
    System.out.println("-7 % -3 = " + (-7 % -3));
    System.out.println("-6 % 3 = " + (-6 % 3));
    System.out.println("-1 % 5 = " + (-1 % 5));
    int a = -17;
    int b = 5;
    System.out.println("a % b = " + a % b);
    System.out.println("a / b * b + a % b = " + (a / b * b + a % b));
    System.out.println("-a % -b = " + -a % -b);
    boolean odd = a % 2 == 1;
    System.out.println("a % 2 == 1 is " + odd);
    System.out.println("a % 2 != 0 is " + (a % 2 != 0));
    System.out.println("min % 7 = " + Integer.MIN_VALUE % 7);
  }
}
