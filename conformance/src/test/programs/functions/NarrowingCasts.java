package functions;

import dev.jmpy.annotations.MicroPython;

/** Narrowing casts: (int) of longs, (short), (byte), (char) of negatives and large values, widening back. */
@MicroPython
public class NarrowingCasts {
  static int toInt(long v) {
    return (int) v;
  }

  public static void main(String[] args) {
    long[] longs = {0L, 4294967295L, 4294967296L, 2147483648L, -2147483649L, 123456789012L, Long.MAX_VALUE, Long.MIN_VALUE};
    for (long v : longs) {
      System.out.println("(int) " + v + " = " + toInt(v));
    }
    int[] ints = {127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 100000};
    for (int v : ints) {
      System.out.println(v + ": (byte) " + (byte) v + ", (short) " + (short) v + ", (char) as int " + (int) (char) v);
    }
    byte b = (byte) 200;
    short s = (short) 40000;
    char c = (char) -1;
    System.out.println("b=" + b + " s=" + s + " c=" + (int) c);
    b = (byte) (b * 3);
    s = (short) (s + s);
    System.out.println("b*3=" + b + " s+s=" + s);
    int fromByte = b;
    long fromInt = -5;
    System.out.println("widened: " + fromByte + " " + fromInt);
    char letter = (char) ('a' + 25);
    char wrapped = (char) 65601;
    System.out.println("chars: " + letter + " " + wrapped);
    long mixed = (long) (int) 3000000000L;
    System.out.println("(long) (int) 3000000000L = " + mixed);
  }
}
