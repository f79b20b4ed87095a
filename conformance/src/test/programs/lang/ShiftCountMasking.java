package lang;

import dev.jmpy.annotations.MicroPython;

/** Java masks an int shift count to 5 bits (long to 6); results stay within int range. */
@MicroPython
public class ShiftCountMasking {
  public static void main(String[] args) {
    int one = 1;
    int n = 33;
    System.out.println("1 << 32 = " + (one << 32));
    System.out.println("1 << 33 = " + (one << n));
    System.out.println("256 >> 33 = " + (256 >> n));
    System.out.println("-256 >> 36 = " + (-256 >> 36));
    System.out.println("1L << 64 = " + (1L << 64));
    System.out.println("8 << -1 = " + (8 << -1 >> 31));
  }
}
