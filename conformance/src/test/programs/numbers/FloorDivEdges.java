package nums;

import dev.jmpy.annotations.MicroPython;

/** Math.floorDiv/floorMod at the edges: MIN_VALUE / -1 wraps, division by zero throws ArithmeticException("/ by zero"). */
@MicroPython
public class FloorDivEdges {
  public static void main(String[] args) {
    int min = Integer.MIN_VALUE;
    int minusOne = -1;
    System.out.println("floorDiv(MIN, -1) = " + Math.floorDiv(min, minusOne));
    System.out.println("MIN / -1 = " + (min / minusOne));
    long lmin = Long.MIN_VALUE;
    System.out.println("floorDiv(Long.MIN, -1) = " + Math.floorDiv(lmin, -1L));
    int q = Math.floorDiv(min, minusOne);
    System.out.println("floorDiv(MIN, -1) == MIN: " + (q == min));
    int zero = 0;
    try {
      System.out.println(Math.floorDiv(5, zero));
    } catch (ArithmeticException e) {
      System.out.println("floorDiv by zero: " + e.getMessage());
    }
    try {
      System.out.println(Math.floorMod(5, zero));
    } catch (ArithmeticException e) {
      System.out.println("floorMod by zero: " + e.getMessage());
    }
    try {
      System.out.println(5 / zero);
    } catch (ArithmeticException e) {
      System.out.println("5 / 0: " + e.getMessage());
    }
  }
}
