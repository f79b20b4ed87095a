package floats;

import dev.jmpy.annotations.MicroPython;

/** Float arithmetic, comparisons and conversions rounded as Java's float: single precision on the board. */
@MicroPython
public class FloatArithmetic {
  public static void main(String[] args) {
    float sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += 0.1f;
    }
    System.out.println("sum " + sum + " " + (sum == 1f) + " " + (sum < 1f));
    int n = 16777217;
    float big = n;
    long l = 9007199254740993L;
    float fl = l;
    System.out.println("int->float " + big + " long->float " + fl + " " + (float) 123456789L);
    float x = 7.5f;
    System.out.println("ops " + (x + 1) + " " + (x - 10) + " " + (x * 3) + " " + (x / 2) + " " + (x % 2) + " " + (-x % 2));
    System.out.println("div " + (1f / 0) + " " + (-1f / 0) + " " + (0f / 0) + " " + (x / 0));
    float nan = 0f / 0;
    System.out.println("nan " + (nan == nan) + " " + (nan < 1) + " " + (nan != nan) + " " + Float.isNaN(nan));
    System.out.println("casts " + (int) 2.7f + " " + (int) -2.7f + " " + (int) nan + " " + (int) 1e20f + " "
        + (long) -1e30f + " " + (short) 70000.5f + " " + (byte) 200.9f + " " + (char) 65.2f);
    int i = 10;
    i *= 1.5f;
    i /= 4f;
    System.out.println("compound int " + i);
    float y = 1;
    y /= 3;
    y *= 3;
    y -= 0.5f;
    y %= 0.3f;
    System.out.println("compound float " + y);
    float c = 'A';
    c++;
    System.out.println("char->float " + c);
    System.out.println("constants " + (float) Math.PI + " " + (float) Math.E + " " + (float) (1.0 / 3));
  }
}
