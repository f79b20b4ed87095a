package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Division and remainder by a positive constant, written inline on the board (no zero check, no
 * wrap: only MIN_VALUE / -1 overflows): Java's truncation toward zero and the dividend's sign of
 * the remainder for negative dividends, MIN_VALUE and MAX_VALUE, a field's, an array element's and
 * a call's value (called once), compound assignments, remainders compared with 0, and the
 * division by -1 that still wraps.
 */
@MicroPython
public class ConstantDivision {
  static final int SCALE = 16;
  static final long BIG = 1000;
  static final int FOLDED = -7 / 2 + -7 % 2;
  static final int STARTUP = calls(-33) / SCALE;

  int field;
  long wide;

  static int count;

  static int calls(int v) {
    count++;
    return v;
  }

  public static void main(String[] args) {
    int[] values = {-17, -16, -15, -1, 0, 1, 15, 16, 17, Integer.MIN_VALUE, Integer.MAX_VALUE};
    StringBuilder line = new StringBuilder();
    for (int v : values) {
      line.append(v / 16).append(' ').append(v % 16).append(' ').append(v / SCALE).append(' ')
          .append(v % 7).append(' ').append(v / 1).append(' ').append(v % 1).append(" | ");
    }
    System.out.println(line);

    long[] longs = {Long.MIN_VALUE, -1001, -1000, -999, 999, Long.MAX_VALUE};
    StringBuilder wide = new StringBuilder();
    for (long v : longs) {
      wide.append(v / BIG).append(' ').append(v % BIG).append(' ').append(v / 3).append(" | ");
    }
    System.out.println(wide);

    System.out.println("folded " + FOLDED + " startup " + STARTUP + " " + (-7 / 2) + " " + (-7 % 2));

    count = 0;
    int q = calls(-100) / 16 + calls(-100) % 16;
    System.out.println("calls " + q + " " + count);

    ConstantDivision d = new ConstantDivision();
    d.field = -1234;
    d.wide = Long.MIN_VALUE + 1;
    System.out.println("field " + d.field / 10 + " " + d.field % 10 + " " + d.wide / 10 + " "
        + d.wide % 10);
    d.field /= 7;
    d.wide %= 1000;
    System.out.println("field compound " + d.field + " " + d.wide);

    int x = Integer.MIN_VALUE;
    x /= 16;
    int y = -9;
    y %= 4;
    long z = Long.MIN_VALUE;
    z /= 1;
    System.out.println("locals " + x + " " + y + " " + z);

    int[] a = {-50, 50, Integer.MIN_VALUE};
    a[0] /= 3;
    a[1] %= -3 + 10;
    a[2] /= 2;
    int i = 0;
    a[i++] %= 4;
    System.out.println("elements " + a[0] + " " + a[1] + " " + a[2] + " " + i);

    int sum = Integer.MAX_VALUE;
    int m = 2;
    System.out.println("sums " + (sum + sum) / 2 + " " + (sum + 1) / 2 + " " + (sum + 1) % 3
        + " " + ((long) sum + sum) / 2);

    int minus = -1;
    System.out.println("by -1 " + Integer.MIN_VALUE / minus + " " + Integer.MIN_VALUE % minus
        + " " + Long.MIN_VALUE / minus);

    short s = -300;
    byte b = -100;
    char c = 'z';
    s /= 7;
    b %= 7;
    System.out.println("narrow " + s + " " + b + " " + c / 10 + " " + (b - 100) / 3);

    List<Integer> numbers = List.of(-5, -4, -3, 3, 4, 5);
    System.out.println("zero tests " + numbers.stream().filter(n -> n % 2 == 0)
        .collect(Collectors.toList()) + " " + numbers.stream().filter(n -> 0 != n % 3)
        .map(n -> n / 2).collect(Collectors.toList()));

    int t = -25;
    boolean odd = t % 2 != 0;
    boolean negativeRemainder = t % 2 == -1;
    System.out.println("tests " + odd + " " + negativeRemainder + " " + (t % 5 == 0) + " "
        + (m * t) / 4);
  }
}
