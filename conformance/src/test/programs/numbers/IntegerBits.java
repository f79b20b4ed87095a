package nums;

import dev.jmpy.annotations.MicroPython;

/** Integer and Long bit methods, radix text and unsigned arithmetic on Java's two's complement. */
@MicroPython
public class IntegerBits {
  static int calls;

  static int next(int v) {
    calls++;
    return v;
  }

  public static void main(String[] args) {
    int[] ints = {0, 1, -1, 100, -100, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE};
    for (int i : ints) {
      System.out.println(i + ": bitCount " + Integer.bitCount(i) + " nlz " + Integer.numberOfLeadingZeros(i)
          + " ntz " + Integer.numberOfTrailingZeros(i) + " hob " + Integer.highestOneBit(i)
          + " lob " + Integer.lowestOneBit(i) + " rotl3 " + Integer.rotateLeft(i, 3)
          + " rotr35 " + Integer.rotateRight(i, 35) + " rev " + Integer.reverse(i)
          + " revBytes " + Integer.reverseBytes(i) + " signum " + Integer.signum(i)
          + " unsigned " + Integer.toUnsignedString(i) + " radix36 " + Integer.toString(i, 36)
          + " radix2 " + Integer.toString(i, 2) + " hash " + Integer.hashCode(i));
    }
    long[] longs = {0L, 1L, -1L, 1L << 40, -5_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE};
    for (long l : longs) {
      System.out.println(l + ": bitCount " + Long.bitCount(l) + " nlz " + Long.numberOfLeadingZeros(l)
          + " ntz " + Long.numberOfTrailingZeros(l) + " hob " + Long.highestOneBit(l)
          + " lob " + Long.lowestOneBit(l) + " rotl7 " + Long.rotateLeft(l, 7)
          + " rotr1 " + Long.rotateRight(l, 1) + " rev " + Long.reverse(l)
          + " revBytes " + Long.reverseBytes(l) + " signum " + Long.signum(l)
          + " unsigned " + Long.toUnsignedString(l) + " radix16 " + Long.toString(l, 16)
          + " hash " + Long.hashCode(l) + " oct " + Long.toOctalString(l) + " bin " + Long.toBinaryString(l));
    }
    System.out.println("unsigned div " + Integer.divideUnsigned(-1, 3) + " rem " + Integer.remainderUnsigned(-1, 3)
        + " long " + Long.divideUnsigned(-1L, 10L) + " " + Long.remainderUnsigned(-1L, 10L));
    System.out.println("sum " + Integer.sum(Integer.MAX_VALUE, 1) + " " + Long.sum(Long.MAX_VALUE, 1L));
    Integer boxed = 77;
    Long wide = 1L << 33;
    System.out.println("values " + boxed.intValue() + " " + boxed.longValue() + " " + wide.intValue() + " "
        + wide.longValue() + " " + boxed.hashCode() + " " + wide.hashCode());
    System.out.println("once " + Integer.signum(next(-4)) + " " + Integer.lowestOneBit(next(12)) + " calls " + calls);
    System.out.println("radix out of range " + Integer.toString(255, 1) + " " + Integer.toString(255, 37));
  }
}
