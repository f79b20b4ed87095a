package nums;

import dev.jmpy.annotations.MicroPython;

/** Math's exact arithmetic (ArithmeticException on overflow) and clamp. */
@MicroPython
public class ExactMath {
  @FunctionalInterface
  interface Op {
    long apply();
  }

  static void attempt(String name, Op op) {
    try {
      System.out.println(name + " = " + op.apply());
    } catch (ArithmeticException e) {
      System.out.println(name + " -> ArithmeticException: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      System.out.println(name + " -> IllegalArgumentException: " + e.getMessage());
    }
  }

  public static void main(String[] args) {
    int big = Integer.MAX_VALUE;
    long huge = Long.MAX_VALUE;
    attempt("addExact(1, 2)", () -> Math.addExact(1, 2));
    attempt("addExact(MAX, 1)", () -> Math.addExact(big, 1));
    attempt("subtractExact(MIN, 1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
    attempt("multiplyExact(65536, 32768)", () -> Math.multiplyExact(65536, 32768));
    attempt("multiplyExact(46341, 46340)", () -> Math.multiplyExact(46341, 46340));
    attempt("negateExact(MIN)", () -> Math.negateExact(Integer.MIN_VALUE));
    attempt("incrementExact(MAX)", () -> Math.incrementExact(big));
    attempt("decrementExact(0)", () -> Math.decrementExact(0));
    attempt("addExact(long MAX, 1)", () -> Math.addExact(huge, 1L));
    attempt("multiplyExact(long, int)", () -> Math.multiplyExact(huge / 2, 2));
    attempt("multiplyExact(long MAX, 2)", () -> Math.multiplyExact(huge, 2L));
    attempt("toIntExact(2^31)", () -> Math.toIntExact(1L << 31));
    attempt("toIntExact(-5)", () -> Math.toIntExact(-5L));
    attempt("clamp(15, 0, 10)", () -> Math.clamp(15, 0, 10));
    attempt("clamp(-3, 0, 10)", () -> Math.clamp(-3, 0, 10));
    attempt("clamp(5000000000L, 0, 7)", () -> Math.clamp(5000000000L, 0, 7));
    attempt("clamp(1L, -9000000000L, 9000000000L)", () -> Math.clamp(1L, -9000000000L, 9000000000L));
    attempt("clamp(1, 5, 2)", () -> Math.clamp(1, 5, 2));
  }
}
