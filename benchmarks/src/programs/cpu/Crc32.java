package bench;

import dev.jmpy.annotations.MicroPython;

/**
 * CRC-32 (IEEE 802.3, as java.util.zip.CRC32) of a 64 KiB buffer, table-driven, forty times with a
 * changed byte each time. The state is a long: jmpy has no {@code >>>} yet.
 */
@MicroPython
public class Crc32 {
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
    byte[] data = new byte[65536];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31 + (i >> 8));
    }
    for (int round = 0; round < 40; round++) {
      data[round * 1000] ^= 0x5A;
      System.out.println("crc " + round + ": " + Long.toHexString(crc(data)));
    }
  }
}
