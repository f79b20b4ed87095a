package lang;

import dev.jmpy.annotations.MicroPython;

/** Integer.MAX_VALUE and MIN_VALUE within range. */
@MicroPython
public class IntegerLimits {
  public static void main(String[] args) {
    int max = Integer.MAX_VALUE;
    int min = Integer.MIN_VALUE;
    System.out.println("max = " + max);
    System.out.println("min = " + min);
    System.out.println("max + min = " + (max + min));
    System.out.println("min + 1 = " + (min + 1));
    System.out.println("max - 1 = " + (max - 1));
    System.out.println("-max = " + -max);
    System.out.println("max / 2 = " + max / 2);
    System.out.println("min / 3 = " + min / 3);
    System.out.println("min % 3 = " + min % 3);
    System.out.println("max > min is " + (max > min));
    System.out.println("max(min, max) = " + Math.max(min, max));
    System.out.println("min(min, 0) = " + Math.min(min, 0));
    System.out.println("abs(min + 1) = " + Math.abs(min + 1));
    System.out.println("max as long + 1 = " + (max + 1L));
    System.out.println("min as long - 1 = " + (min - 1L));
  }
}
