package com.thealgorithms.maths;

import com.thealgorithms.maths.Prime.MobiusFunction;
import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.List;

/** Drives sequences, primes and parsing classes of TheAlgorithms/Java. */
@MicroPython
public class JmpyMathsSequencesDriver {
  public static void main(String[] args) {
    StringBuilder seq = new StringBuilder();
    for (int n = 0; n < 20; n++) {
      seq.append(n).append(": padovan=").append(PadovanSequence.padovan(n)).append(" perrin=")
          .append(PerrinNumber.perrin(n)).append(" jacobsthal=").append(JacobsthalNumber.jacobsthal(n))
          .append(" leonardo=").append(LeonardoNumber.leonardoNumber(n)).append('/')
          .append(LeonardoNumber.leonardoNumberIterative(n)).append(" bell=").append(BellNumbers.compute(n % 15))
          .append(" odd sum=").append(SumOfOddNumbers.sumOfFirstNOddNumbers(n)).append('\n');
    }
    System.out.print(seq);
    System.out.println("pascal(6): " + rows(PascalTriangle.pascal(6)));
    System.out.println("trinomial(5, k): " + TrinomialTriangle.trinomialValue(5, -2) + " "
        + TrinomialTriangle.trinomialValue(5, 0) + " " + TrinomialTriangle.trinomialValue(5, 3));
    List<Integer> primes = SieveOfEratosthenes.findPrimes(120);
    System.out.println("primes <= 120: " + primes + " count(10000)=" + SieveOfEratosthenes.countPrimes(10000));
    for (int n : new int[] {1, 2, 6, 12, 30, 36, 97, 210, 1001}) {
      System.out.println(n + ": mobius=" + MobiusFunction.mobius(n)
          + " happy=" + HappyNumber.isHappy(n)
          + " lucky=" + LuckyNumber.isLuckyNumber(n) + " powerOf4=" + PowerOfFour.isPowerOfFour(n)
          + " reversed=" + ReverseNumber.reverseNumber(n) + " persistence=" + NumberPersistence.multiplicativePersistence(n * 77)
          + "/" + NumberPersistence.additivePersistence(n * 77) + " roman=" + RomanNumeralUtil.generate(n));
    }
    System.out.println("egcd(240, 46): " + Arrays.toString(ExtendedEuclideanAlgorithm.extendedGCD(240, 46))
        + " egcd(17, 5): " + Arrays.toString(ExtendedEuclideanAlgorithm.extendedGCD(17, 5)));
    System.out.println("crt: " + ChineseRemainderTheorem.solveCRT(List.of(2, 3, 2), List.of(3, 5, 7)));
    System.out.println("divide: " + LongDivision.divide(100, 7) + " " + LongDivision.divide(-100, 7) + " "
        + LongDivision.divide(7, -100) + " " + LongDivision.divide(Integer.MIN_VALUE, -1));
    System.out.println("pow: " + Pow.pow(3, 13) + " " + Pow.pow(2, 40) + " " + Pow.pow(-7, 3));
    for (String s : new String[] {"0", "123", "-456", "+789", "2147483647"}) {
      System.out.println("parse '" + s + "' = " + ParseInteger.parseInt(s));
    }
    try {
      ParseInteger.parseInt("12x");
    } catch (NumberFormatException e) {
      System.out.println("parse rejects 12x: " + e.getMessage());
    }
    StrobogrammaticNumber strobogrammatic = new StrobogrammaticNumber();
    for (String s : new String[] {"69", "88", "962", "818", "1", "2"}) {
      System.out.print(s + "=" + strobogrammatic.isStrobogrammatic(s) + " ");
    }
    System.out.println();
    int[] data = {12, -4, 77, 0, 77, 35, -90, 8};
    System.out.println("max=" + FindMax.findMax(data) + " min=" + FindMin.findMin(data) + " secondMax="
        + SecondMinMax.findSecondMax(data) + " secondMin=" + SecondMinMax.findSecondMin(data));
  }

  static String rows(int[][] matrix) {
    StringBuilder text = new StringBuilder();
    for (int[] row : matrix) {
      text.append(Arrays.toString(row));
    }
    return text.toString();
  }
}
