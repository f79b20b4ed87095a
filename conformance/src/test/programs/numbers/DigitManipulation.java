package nums;

import dev.jmpy.annotations.MicroPython;

/** Digit loops with / and % on negative numbers, reversing with overflow detection, and base conversion by hand. */
@MicroPython
public class DigitManipulation {
  static int digitSum(int n) {
    int s = 0;
    while (n != 0) {
      s += n % 10;
      n /= 10;
    }
    return s;
  }

  static int reverse(int n) {
    int r = 0;
    while (n != 0) {
      int d = n % 10;
      if (r > Integer.MAX_VALUE / 10 || r < Integer.MIN_VALUE / 10) {
        return 0;
      }
      r = r * 10 + d;
      n /= 10;
    }
    return r;
  }

  static String toBase(int n, int base) {
    if (n == 0) {
      return "0";
    }
    boolean negative = n < 0;
    String out = "";
    while (n != 0) {
      int d = Math.abs(n % base);
      out = "0123456789abcdefghijklmnopqrstuvwxyz".charAt(d) + out;
      n /= base;
    }
    return negative ? "-" + out : out;
  }

  public static void main(String[] args) {
    int[] values = {12345, -12345, 0, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int v : values) {
      System.out.println(v + ": digit sum " + digitSum(v) + ", reversed " + reverse(v));
    }
    System.out.println("reverse(1463847412) = " + reverse(1463847412) + ", reverse(1534236469) = " + reverse(1534236469));
    System.out.println("255 in bases 2, 8, 16, 36: " + toBase(255, 2) + " " + toBase(255, 8) + " " + toBase(255, 16) + " " + toBase(255, 36));
    System.out.println("-255 in base 16: " + toBase(-255, 16) + ", MIN in base 16: " + toBase(Integer.MIN_VALUE, 16));
    long n = 9007199254740993L;
    int count = 0;
    long sum = 0;
    while (n > 0) {
      sum += n % 10;
      n /= 10;
      count++;
    }
    System.out.println("9007199254740993 has " + count + " digits summing to " + sum);
    int palindromes = 0;
    for (int i = 100; i < 1000; i++) {
      if (reverse(i) == i) {
        palindromes++;
      }
    }
    System.out.println("3-digit palindromes: " + palindromes);
    int armstrong = 0;
    String found = "";
    for (int i = 100; i < 1000; i++) {
      int a = i / 100;
      int b = i / 10 % 10;
      int c = i % 10;
      if (a * a * a + b * b * b + c * c * c == i) {
        armstrong++;
        found += i + " ";
      }
    }
    System.out.println("armstrong numbers (" + armstrong + "): " + found);
  }
}
