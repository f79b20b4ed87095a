// jmpy-options: -Ajmpy.floatPrecision=double
package lang;

import dev.jmpy.annotations.MicroPython;

/** Compound assignment of a double into an int narrows the result back to int. */
@MicroPython
public class CompoundAssignNarrowing {
  public static void main(String[] args) {
    int x = 10;
    x *= 1.5;
    System.out.println("10 *= 1.5 -> " + x);
    int y = 7;
    y /= 2.0;
    System.out.println("7 /= 2.0 -> " + y);
    int z = 10;
    z += 0.7;
    System.out.println("10 += 0.7 -> " + z);
    int w = -10;
    w *= 0.25;
    System.out.println("-10 *= 0.25 -> " + w);
    int v = -7;
    v -= 0.5;
    System.out.println("-7 -= 0.5 -> " + v);
    long l = 100;
    l *= 0.333;
    System.out.println("long 100 *= 0.333 -> " + l);
  }
}
