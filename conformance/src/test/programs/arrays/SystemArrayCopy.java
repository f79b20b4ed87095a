// jmpy-options: -Ajmpy.floatPrecision=double
package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/**
 * System.arraycopy between typed arrays (int[], byte[], char[], long[], double[], boolean[]):
 * overlapping ranges in both directions copy as if through a temporary array, Java's bounds checks.
 */
@MicroPython
public class SystemArrayCopy {
  public static void main(String[] args) {
    int[] ints = {1, 2, 3, 4, 5, 6};
    System.arraycopy(ints, 0, ints, 2, 4);
    System.out.println(Arrays.toString(ints));
    System.arraycopy(ints, 3, ints, 1, 3);
    System.out.println(Arrays.toString(ints));
    int[] wide = new int[8];
    System.arraycopy(ints, 1, wide, 5, 3);
    System.out.println(Arrays.toString(wide));

    byte[] frame = {(byte) 0xAA, 0x01, -3, 127, -128, 0};
    System.arraycopy(frame, 0, frame, 1, 5);
    System.out.println(Arrays.toString(frame));
    System.arraycopy(frame, 2, frame, 0, 4);
    System.out.println(Arrays.toString(frame));
    byte[] packet = new byte[4];
    System.arraycopy(frame, 1, packet, 0, packet.length);
    packet[3] += 200;
    System.out.println(Arrays.toString(packet) + " " + Arrays.toString(frame));

    char[] chars = "abcdef".toCharArray();
    System.arraycopy(chars, 1, chars, 0, 5);
    System.out.println(new String(chars));
    long[] longs = {1L << 40, -2, 3};
    System.arraycopy(longs, 0, longs, 1, 2);
    System.out.println(Arrays.toString(longs));
    double[] doubles = {0.5, 1.5, 2.5};
    System.arraycopy(doubles, 1, doubles, 0, 2);
    System.out.println((int) (doubles[0] * 10) + " " + (int) (doubles[1] * 10) + " "
        + (int) (doubles[2] * 10));
    boolean[] flags = {true, false, false};
    System.arraycopy(flags, 0, flags, 1, 2);
    System.out.println(Arrays.toString(flags));

    int[] empty = {};
    System.arraycopy(ints, 6, empty, 0, 0);
    System.out.println(empty.length);
    int[][] cases = {{4, 0, 3}, {0, 5, 4}, {-1, 0, 1}, {0, -1, 1}, {0, 0, -1}};
    for (int[] c : cases) {
      try {
        System.arraycopy(ints, c[0], wide, c[1], c[2]);
        System.out.println("copied");
      } catch (IndexOutOfBoundsException e) {
        System.out.println("out of bounds " + Arrays.toString(c));
      }
    }
    try {
      System.arraycopy(frame, 3, packet, 2, 3);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("bytes out of bounds " + Arrays.toString(packet));
    }
  }
}
