package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.BitSet;

/**
 * java.util.BitSet as TheAlgorithms' A5 cipher and CRC32 use it: set/get/clear/flip, ranges,
 * xor/and/or/andNot, clone, valueOf(byte[] / long[]), toLongArray, size() as Java grows it, text
 * {1, 3}, equals, hashCode, Java's index exceptions.
 */
@MicroPython
public class BitSets {
  static boolean increment(BitSet bits, int size) {
    int i = size - 1;
    while (i >= 0 && bits.get(i)) {
      bits.set(i--, false);
    }
    if (i < 0) {
      return false;
    }
    bits.set(i, true);
    return true;
  }

  static int crc32(byte[] data) {
    BitSet bitSet = BitSet.valueOf(data);
    int crc32 = 0xFFFFFFFF;
    for (int i = 0; i < data.length * 8; i++) {
      if (((crc32 >>> 31) & 1) != (bitSet.get(i) ? 1 : 0)) {
        crc32 = (crc32 << 1) ^ 0x04C11DB7;
      } else {
        crc32 = crc32 << 1;
      }
    }
    return Integer.reverse(crc32) ^ 0xFFFFFFFF;
  }

  public static void main(String[] args) {
    BitSet counter = new BitSet(22);
    for (int k = 0; k < 5; k++) {
      increment(counter, 22);
    }
    System.out.println("counter " + counter + " size " + counter.size() + " length " + counter.length());
    BitSet key = new BitSet();
    key.set(0, 10);
    key.clear(3);
    key.flip(9, 12);
    key.set(130);
    System.out.println("key " + key.toString() + " cardinality " + key.cardinality() + " size " + key.size());
    BitSet copy = (BitSet) key.clone();
    System.out.println("clone equal " + copy.equals(key) + ", hash equal " + (copy.hashCode() == key.hashCode())
        + ", hash " + key.hashCode() + ", sizes " + key.size() + " " + copy.size());
    copy.xor(counter);
    System.out.println("xor " + copy + ", equal now " + copy.equals(key));
    copy.and(key);
    System.out.println("and " + copy + " " + copy.intersects(counter));
    copy.or(counter);
    copy.andNot(key);
    System.out.println("or, andNot " + copy + " empty " + copy.isEmpty());
    StringBuilder walk = new StringBuilder();
    for (int i = key.nextSetBit(0); i >= 0; i = key.nextSetBit(i + 1)) {
      walk.append(i).append(' ');
    }
    System.out.println("set bits " + walk + "| first clear " + key.nextClearBit(0)
        + " previous set from 100 " + key.previousSetBit(100));
    BitSet bytes = BitSet.valueOf(new byte[] {(byte) 0x81, 0, 7, 0});
    System.out.println("from bytes " + bytes + " size " + bytes.size() + " longs "
        + Arrays.toString(bytes.toLongArray()) + " bytes " + Arrays.toString(bytes.toByteArray()));
    BitSet longs = BitSet.valueOf(new long[] {-1L, 0, 1});
    System.out.println("from longs cardinality " + longs.cardinality() + " length " + longs.length()
        + " " + Arrays.toString(longs.toLongArray()));
    System.out.println("crc32 " + crc32("123456789".getBytes()) + " " + crc32(new byte[] {1, 2, 3}));
    try {
      key.get(-1);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("get(-1): " + e.getMessage());
    }
    try {
      key.set(4, 2);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("set(4, 2): " + e.getMessage());
    }
    BitSet empty = new BitSet(0);
    System.out.println("empty " + empty + " size " + empty.size() + " length " + empty.length()
        + " next set " + empty.nextSetBit(0));
  }
}
