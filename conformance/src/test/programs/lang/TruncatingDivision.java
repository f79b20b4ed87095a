package lang;

import dev.jmpy.annotations.MicroPython;

/** Integer division truncates toward zero in Java (Python's // floors), in larger expressions too. */
@MicroPython
public class TruncatingDivision {
  public static void main(String[] args) {
    System.out.println("-1 / 3 = " + (-1 / 3));
    System.out.println("0 / -5 = " + (0 / -5));
    int a = -9;
    int b = 4;
    System.out.println("a / b = " + a / b);
    System.out.println("a / b * b = " + a / b * b);
    System.out.println("(a + 1) / b = " + (a + 1) / b);
    System.out.println("-a / b = " + -a / b);
    System.out.println("a / -b = " + a / -b);
    System.out.println("a / b / 2 = " + a / b / 2);
    System.out.println("(a - 100) / 7 / -3 = " + (a - 100) / 7 / -3);
    System.out.println("min / 2 = " + Integer.MIN_VALUE / 2);
    System.out.println("max / -3 = " + Integer.MAX_VALUE / -3);
    long l = -10000000001L;
    System.out.println("long / 10 = " + l / 10);
    System.out.println("long / -10 = " + l / -10L);
    int avg = (a + -4) / 2;
    System.out.println("average of -9 and -4 = " + avg);
  }
}
