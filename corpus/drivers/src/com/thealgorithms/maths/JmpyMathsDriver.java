package com.thealgorithms.maths;

import dev.jmpy.annotations.MicroPython;

/** Drives number-theory classes of TheAlgorithms/Java over a range of inputs. */
@MicroPython
public class JmpyMathsDriver {
  public static void main(String[] args) {
    System.out.println("absMax=" + AbsoluteMax.getMaxValue(3, -10, 7, -2) + " absMin=" + AbsoluteMin.getMinValue(3, -10, 7, -2)
        + " abs=" + AbsoluteValue.getAbsValue(-42) + " " + AbsoluteValue.getAbsValue(Integer.MIN_VALUE));
    for (int n = 1; n <= 30; n++) {
      System.out.println(n + ": root=" + DigitalRoot.digitalRoot(n * 97) + " evil=" + EvilNumber.isEvilNumber(n)
          + " krishnamurthy=" + KrishnamurthyNumber.isKrishnamurthy(n) + " lucas=" + LucasSeries.lucasSeries(n % 20 + 1)
          + "/" + LucasSeries.lucasSeriesIteration(n % 20 + 1) + " palindrome=" + PalindromeNumber.isPalindrome(n * 11)
          + " josephus=" + JosephusProblem.findTheWinner(n, 3));
    }
    System.out.println("145 krishnamurthy: " + KrishnamurthyNumber.isKrishnamurthy(145));
    for (int n = 0; n <= 15; n++) {
      System.out.print(CatalanNumbers.catalan(n) + (n < 15 ? " " : "\n"));
    }
    System.out.println("C(10,3)=" + BinomialCoefficient.binomialCoefficient(10, 3) + " C(20,10)="
        + BinomialCoefficient.binomialCoefficient(20, 10));
    System.out.println("collatz 27 length: " + new CollatzConjecture().collatzConjecture(27).size() + ", from 6: "
        + new CollatzConjecture().collatzConjecture(6));
    System.out.println("fastExp: " + FastExponentiation.fastExponentiation(2, 62, 1_000_000_007L) + " "
        + FastExponentiation.fastExponentiation(7, 123456789, 998244353L) + " "
        + FastExponentiation.fastExponentiation(123456789, 987654321, 2147483647L));
    System.out.println("gcd: " + GCD.gcd(48, 18) + " " + GCD.gcd(17, 5) + " " + GCD.gcd(0, 9) + " " + GCD.gcd(12, 30, 42));
    System.out.println("lcm: " + LeastCommonMultiple.lcm(4, 6) + " " + LeastCommonMultiple.lcm(21, 6) + " "
        + LeastCommonMultiple.lcm(7, 13));
    try {
      GCD.gcd(-4, 6);
    } catch (ArithmeticException e) {
      System.out.println("gcd rejects negatives: " + e.getMessage());
    }
    StringBuilder keith = new StringBuilder("keith numbers:");
    for (int n = 10; n < 1000; n++) {
      if (KeithNumber.isKeith(n)) {
        keith.append(' ').append(n);
      }
    }
    System.out.println(keith);
  }
}
