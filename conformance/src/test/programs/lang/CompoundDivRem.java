package lang;

import dev.jmpy.annotations.MicroPython;

/** /= and %= keep Java's truncating semantics. */
@MicroPython
public class CompoundDivRem {
  public static void main(String[] args) {
    int x = -25;
    x /= 4;
    System.out.println("-25 /= 4 -> " + x);
    x %= 4;
    System.out.println("then %= 4 -> " + x);
    int y = 25;
    y /= -4;
    System.out.println("25 /= -4 -> " + y);
    y %= -4;
    System.out.println("then %= -4 -> " + y);
    int z = -100;
    for (int i = 0; i < 3; i++) {
      z /= 3;
      System.out.println("z /= 3 -> " + z);
    }
    long l = -1000000000000L;
    l /= 7;
    System.out.println("long /= 7 -> " + l);
    l %= 1000;
    System.out.println("long %= 1000 -> " + l);
  }
}
