package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/**
 * Compound assignments and ++/-- on elements of every integral array type: each stores back with
 * the element type's implicit narrowing, as Java's compound assignment does.
 */
@MicroPython
public class ElementUpdates {
  public static void main(String[] args) {
    byte[] b = {120, -120, 64, -1, 7, 100};
    b[0] += 10;
    b[1] -= 10;
    b[2] *= 3;
    b[3] >>= 1;
    b[4] <<= 5;
    b[5] /= -3;
    System.out.println(Arrays.toString(b));
    b[0]++;
    b[1]--;
    b[2] ^= 0x80;
    b[3] &= 0x0F;
    b[4] |= 0x81;
    b[5] %= 7;
    System.out.println(Arrays.toString(b));
    short[] s = {32767, -32768, 300};
    s[0]++;
    s[1]--;
    s[2] *= 300;
    System.out.println(Arrays.toString(s));
    char[] c = {'z', 0, 65535};
    c[0] += 1;
    c[1]--;
    c[2]++;
    System.out.println((int) c[0] + " " + (int) c[1] + " " + (int) c[2]);
    int[] i = {Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789, -7, 1};
    i[0]++;
    i[1]--;
    i[2] *= 1000;
    i[3] /= 2;
    i[4] <<= 33;
    System.out.println(Arrays.toString(i));
    i[0] = i[0] / -1;
    i[3] %= 4;
    i[2] = i[2] * i[2] + 7;
    System.out.println(Arrays.toString(i));
    long[] l = {Long.MAX_VALUE, Long.MIN_VALUE, 3};
    l[0] += 1;
    l[1] -= 1;
    l[2] <<= 62;
    System.out.println(Arrays.toString(l));
    int[] counts = new int[4];
    int[] data = {3, 1, 3, 3, 0, 2};
    for (int d : data) {
      counts[d]++;
    }
    int at = 0;
    counts[at++] += 10;
    counts[at] += counts[at + 1] * 2;
    System.out.println(Arrays.toString(counts) + " " + at);
    boolean[] seen = new boolean[3];
    seen[1] |= true;
    seen[2] ^= true;
    seen[2] &= seen[1];
    System.out.println(Arrays.toString(seen));
  }
}
