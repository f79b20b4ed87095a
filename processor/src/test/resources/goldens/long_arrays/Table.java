import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** A long[] is a list of ints: reads hand out the int the list holds; stores of long arithmetic wrap. */
@MicroPython
public class Table {
  static final long[] TABLE = makeTable();

  static long[] makeTable() {
    long[] table = new long[256];
    for (int n = 0; n < 256; n++) {
      long c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320L ^ (c >> 1) : c >> 1;
      }
      table[n] = c;
    }
    return table;
  }

  static long crc(byte[] data) {
    long c = 0xFFFFFFFFL;
    for (byte b : data) {
      c = TABLE[(int) ((c ^ b) & 0xFF)] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFL;
  }

  public static void main(String[] args) {
    long[] sums = {Long.MAX_VALUE, 0, -1};
    sums[0] += 1;
    sums[1]++;
    sums[2] = sums[0] * 3;
    long[] longer = Arrays.copyOf(sums, 5);
    Arrays.sort(longer);
    System.out.println(Arrays.toString(longer) + " " + crc(new byte[] {1, 2, 3}));
  }
}
