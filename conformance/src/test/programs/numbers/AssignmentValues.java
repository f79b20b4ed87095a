package nums;

import dev.jmpy.annotations.MicroPython;

/** Assignments as values on locals: chained =, compound assignment used as a value, assignment in conditions. */
@MicroPython
public class AssignmentValues {
  static int pos = 0;

  static int next(int[] xs) {
    if (pos >= xs.length) {
      return -1;
    }
    pos++;
    return xs[pos - 1];
  }

  public static void main(String[] args) {
    int x;
    int y;
    int z;
    x = y = z = 3;
    System.out.println("x = y = z = 3: " + x + y + z);
    x = (y = 4) + (z = 5);
    System.out.println("x = (y = 4) + (z = 5): " + x + " " + y + " " + z);
    int w = 10;
    int v = (w += 2) * 3;
    System.out.println("(w += 2) * 3 = " + v + ", w = " + w);
    v = (w -= 5) + (w *= 2);
    System.out.println("(w -= 5) + (w *= 2) = " + v + ", w = " + w);
    int q = 17;
    int prod = (q *= -3) - (q -= 4);
    System.out.println("(q *= -3) - (q -= 4) = " + prod + ", q = " + q);
    int[] data = {4, 0, 7, 2, -1, 9};
    int item;
    int sum = 0;
    while ((item = next(data)) != -1) {
      sum += item;
    }
    System.out.println("sum until -1 = " + sum + ", stopped at " + pos);
    int a = 1;
    int b = 1;
    for (int i = 0; i < 10; i++) {
      b = a + (a = b);
    }
    System.out.println("b = a + (a = b), ten times: a = " + a + ", b = " + b);
    int big = Integer.MAX_VALUE;
    int wrapped = (big += 1);
    System.out.println("(MAX += 1) = " + wrapped + ", big = " + big);
    long lv = 1;
    long lw = (lv *= 4611686018427387904L) + (lv += lv);
    System.out.println("(lv *= 2^62) + (lv += lv) = " + lw + ", lv = " + lv);
    long grow = 3;
    long prev = 0;
    while ((grow *= 1000) > prev) {
      prev = grow;
    }
    System.out.println("grow *= 1000 until it wraps: prev " + prev + ", grow " + grow);
    String s = "a";
    String t = s = s + "b";
    System.out.println("t = s = s + \"b\": " + t + " " + s);
  }
}
