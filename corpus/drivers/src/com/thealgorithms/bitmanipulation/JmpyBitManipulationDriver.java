package com.thealgorithms.bitmanipulation;

import dev.jmpy.annotations.MicroPython;
import java.util.Optional;

/** Drives the bit-manipulation classes of TheAlgorithms/Java, negative and edge values included. */
@MicroPython
public class JmpyBitManipulationDriver {
  static final int[] VALUES = {0, 1, 2, 3, 5, 6, 7, 12, 255, 1024, 4095, 65535, 123456789, Integer.MAX_VALUE,
      -1, -2, -8, -123456789, Integer.MIN_VALUE};

  public static void main(String[] args) {
    System.out.println("bcd: " + BcdConversion.decimalToBcd(1234) + " " + BcdConversion.bcdToDecimal(0x9876)
        + " " + BcdConversion.decimalToBcd(0));
    try {
      BcdConversion.bcdToDecimal(0x1A);
    } catch (IllegalArgumentException e) {
      System.out.println("bcd rejects 0x1A: " + e.getMessage());
    }
    for (int v : VALUES) {
      StringBuilder line = new StringBuilder();
      line.append(v).append(':');
      if (v >= 0) {
        line.append(" palindrome=").append(BinaryPalindromeCheck.isBinaryPalindrome(v));
        Optional<Integer> highest = HighestSetBit.findHighestSetBit(v);
        line.append(" highest=").append(highest.isPresent() ? highest.get() : -1);
        line.append(" gray=").append(GrayCodeConversion.binaryToGray(v));
        line.append(" back=").append(GrayCodeConversion.grayToBinary(GrayCodeConversion.binaryToGray(v)));
        line.append(" clearLeft=").append(ClearLeftmostSetBit.clearLeftmostSetBit(v));
        line.append(" powerOfTwo=").append(IsPowerTwo.isPowerTwo(v));
      }
      line.append(" even=").append(IsEven.isEven(v));
      line.append(" bit3=").append(FindNthBit.findNthBit(v, 3));
      line.append(" rightmost=").append(IndexOfRightMostSetBit.indexOfRightMostSetBit(v));
      line.append(" lowest=").append(LowestSetBit.isolateLowestSetBit(v));
      line.append(" clearLowest=").append(LowestSetBit.clearLowestSetBit(v));
      line.append(" reversed=").append(ReverseBits.reverseBits(v));
      line.append(" swapped=").append(SwapAdjacentBits.swapAdjacentBits(v));
      line.append(" parity=").append(ParityCheck.checkParity(v));
      line.append(" signsDiffer=").append(NumbersDifferentSigns.differentSigns(v, 7));
      System.out.println(line);
    }
    for (int v : new int[] {1, 6, 23, 0b1011100, 1 << 20}) {
      System.out.println("next same bit count after " + v + ": " + NextHigherSameBitCount.nextHigherSameBitCount(v));
    }
    System.out.println("xs3: " + Xs3Conversion.binaryToXs3(1234) + " " + Xs3Conversion.xs3ToBinary(0x4567));
    System.out.println("ones complement: " + OnesComplement.onesComplement("1001101") + " "
        + OnesComplement.onesComplement("0000"));
    try {
      OnesComplement.onesComplement("10a1");
    } catch (IllegalArgumentException e) {
      System.out.println("ones complement rejects 10a1: " + e.getMessage());
    }
    System.out.println("single element: " + SingleElement.findSingleElement(new int[] {4, 9, 4, -3, 9, 12, -3}));
    try {
      HighestSetBit.findHighestSetBit(-5);
    } catch (IllegalArgumentException e) {
      System.out.println("highest set bit rejects -5: " + e.getMessage());
    }
    long[][] flips = {{10, 20}, {0, -1}, {Long.MAX_VALUE, Long.MIN_VALUE}, {-5, 5}, {123456789L, 987654321L}};
    for (long[] pair : flips) {
      System.out.println("bits to flip " + pair[0] + " " + pair[1] + ": "
          + CountBitsFlip.countBitsFlip(pair[0], pair[1]) + " "
          + CountBitsFlip.countBitsFlipAlternative(pair[0], pair[1]));
    }
  }
}
