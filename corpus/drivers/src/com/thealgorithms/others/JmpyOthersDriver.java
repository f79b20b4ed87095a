package com.thealgorithms.others;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.Optional;

/** Drives classes of TheAlgorithms/Java's others package: checksums, rotations, counting. */
@MicroPython
public class JmpyOthersDriver {
  public static void main(String[] args) {
    String[] messages = {"123456789", "", "hello, board", "The quick brown fox"};
    for (String m : messages) {
      System.out.println("[" + m + "] crc32 " + CRC32.crc32(m) + " crc16 " + CRC16.crc16(m));
    }
    System.out.println("crc32 of bytes " + CRC32.crc32(new byte[] {-1, 0, 127, -128}));
    for (int v : new int[] {0, 1, 7, 255, 1 << 20, Integer.MAX_VALUE}) {
      System.out.print(BrianKernighanAlgorithm.countSetBits(v) + " ");
    }
    System.out.println();
    int[] values = {1, 2, 3, 4, 5, 6, 7};
    System.out.println("left " + Arrays.toString(ArrayLeftRotation.rotateLeft(values, 3))
        + " right " + Arrays.toString(ArrayRightRotation.rotateRight(values, 2)));
    Optional<Integer> majority = BoyerMoore.findMajorityElement(new int[] {2, 2, 1, 2, 3, 2, 2});
    System.out.println("majority " + (majority.isPresent() ? majority.get() : -1)
        + " paired sum " + TwoPointers.isPairedSum(new int[] {1, 3, 4, 6, 9}, 10)
        + " " + TwoPointers.isPairedSum(new int[] {1, 3, 4, 6, 9}, 2));
    System.out.println("floyd " + FloydTriangle.generateFloydTriangle(4));
    System.out.println("max distinct subarray " + MaximumSumOfDistinctSubarraysWithLengthK.maximumSubarraySum(3, 1, 5, 4, 2, 9, 9, 9));
  }
}
