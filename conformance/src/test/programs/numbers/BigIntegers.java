package nums;

import dev.jmpy.annotations.MicroPython;
import java.math.BigInteger;

/** BigInteger as MicroPython's arbitrary-precision int: arithmetic, modPow, gcd, bits, text, narrowing. */
@MicroPython
public class BigIntegers {
  public static void main(String[] args) {
    BigInteger factorial = BigInteger.ONE;
    for (int i = 2; i <= 30; i++) {
      factorial = factorial.multiply(BigInteger.valueOf(i));
    }
    System.out.println("30! = " + factorial + " bits " + factorial.bitLength());
    BigInteger a = new BigInteger("-123456789012345678901234567890");
    BigInteger b = new BigInteger("987654321");
    System.out.println("add " + a.add(b) + " sub " + a.subtract(b) + " neg " + a.negate() + " abs " + a.abs());
    System.out.println("divide " + a.divide(b) + " remainder " + a.remainder(b) + " mod " + a.mod(b));
    System.out.println("pow " + BigInteger.TWO.pow(100) + " modPow " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(1000), BigInteger.TEN.pow(9).add(BigInteger.valueOf(7))));
    System.out.println("modInverse " + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)) + " gcd " + a.gcd(b));
    System.out.println("compare " + a.compareTo(b) + " " + b.compareTo(a) + " " + b.compareTo(new BigInteger("987654321"))
        + " equals " + b.equals(new BigInteger("+987654321")) + " signum " + a.signum() + " " + BigInteger.ZERO.signum());
    System.out.println("min " + a.min(b) + " max " + a.max(b));
    System.out.println("bits " + b.shiftLeft(10) + " " + a.shiftRight(3) + " " + b.and(BigInteger.valueOf(255)) + " "
        + b.or(BigInteger.ONE) + " " + b.xor(b) + " " + b.not() + " " + b.testBit(0) + " " + a.bitLength());
    System.out.println("text " + b.toString(16) + " " + a.toString(36) + " " + new BigInteger("ff", 16) + " "
        + new BigInteger("-zz", 36));
    System.out.println("narrow " + a.intValue() + " " + a.longValue() + " " + b.intValueExact() + " " + b.longValueExact());
    try {
      a.intValueExact();
    } catch (ArithmeticException e) {
      System.out.println("intValueExact: ArithmeticException");
    }
    try {
      a.divide(BigInteger.ZERO);
    } catch (ArithmeticException e) {
      System.out.println("divide by zero: ArithmeticException");
    }
    try {
      new BigInteger("");
    } catch (NumberFormatException e) {
      System.out.println("parse: " + e.getMessage());
    }
  }
}
