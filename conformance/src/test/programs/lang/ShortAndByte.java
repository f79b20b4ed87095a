package lang;

import dev.jmpy.annotations.MicroPython;

/** short and byte variables within range. */
@MicroPython
public class ShortAndByte {
  static short counter = 0;
  static byte level = 5;

  public static void main(String[] args) {
    short s = 1000;
    byte b = -100;
    System.out.println("s = " + s + ", b = " + b);
    s += 234;
    b += 50;
    System.out.println("s = " + s + ", b = " + b);
    s /= -7;
    b %= 7;
    System.out.println("s = " + s + ", b = " + b);
    int sum = s + b;
    System.out.println("sum = " + sum);
    counter++;
    counter += 10;
    level--;
    System.out.println("counter = " + counter + ", level = " + level);
    short max = Short.MAX_VALUE;
    byte min = Byte.MIN_VALUE;
    System.out.println("short max = " + max + ", byte min = " + min);
  }
}
