package nums;

import dev.jmpy.annotations.MicroPython;
import java.math.BigInteger;

/** BigInteger shifts by computed distances (negative ones shift the other way) and sqrt, as in Karatsuba's multiplication. */
@MicroPython
public class BigIntegerShifts {
  static BigInteger karatsuba(BigInteger x, BigInteger y) {
    if (x.bitLength() <= 16 || y.bitLength() <= 16) {
      return x.multiply(y);
    }
    int m = Math.max(x.bitLength(), y.bitLength()) / 2;
    BigInteger high1 = x.shiftRight(m);
    BigInteger low1 = x.subtract(high1.shiftLeft(m));
    BigInteger high2 = y.shiftRight(m);
    BigInteger low2 = y.subtract(high2.shiftLeft(m));
    BigInteger z0 = karatsuba(low1, low2);
    BigInteger z1 = karatsuba(low1.add(high1), low2.add(high2));
    BigInteger z2 = karatsuba(high1, high2);
    return z2.shiftLeft(2 * m).add(z1.subtract(z2).subtract(z0).shiftLeft(m)).add(z0);
  }

  public static void main(String[] args) {
    BigInteger a = new BigInteger("123456789012345678901234567890");
    BigInteger b = new BigInteger("987654321098765432109876543210");
    BigInteger product = karatsuba(a, b);
    System.out.println(product + " " + product.equals(a.multiply(b)));
    BigInteger five = BigInteger.valueOf(5);
    for (int d = -3; d <= 3; d++) {
      System.out.println("shift " + d + ": " + five.shiftLeft(d) + " " + five.shiftRight(d) + " "
          + five.negate().shiftRight(d) + " " + five.negate().shiftLeft(d));
    }
    int[] squares = {0, 1, 2, 15, 16, 17, 99, 100};
    StringBuilder roots = new StringBuilder();
    for (int n : squares) {
      roots.append(BigInteger.valueOf(n).sqrt()).append(' ');
    }
    System.out.println("sqrt " + roots + BigInteger.TEN.pow(41).sqrt() + " " + a.sqrt() + " " + a.multiply(a).sqrt().equals(a));
    try {
      BigInteger.valueOf(-4).sqrt();
    } catch (ArithmeticException e) {
      System.out.println("sqrt: " + e.getMessage());
    }
  }
}
