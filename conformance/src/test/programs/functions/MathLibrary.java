package functions;

import dev.jmpy.annotations.MicroPython;

/** Math.max, min, abs, floorDiv, floorMod on ints and longs, against / and %. */
@MicroPython
public class MathLibrary {
  public static void main(String[] args) {
    System.out.println("max " + Math.max(3, 7) + " " + Math.max(-3, -7) + " " + Math.max(5L, 9000000000L));
    System.out.println("min " + Math.min(3, 7) + " " + Math.min(-3, -7) + " " + Math.min(Integer.MIN_VALUE, 0));
    System.out.println("abs " + Math.abs(-12) + " " + Math.abs(12) + " " + Math.abs(0) + " " + Math.abs(-9000000000L));
    int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {0, 5}};
    for (int[] p : pairs) {
      int a = p[0];
      int b = p[1];
      System.out.println(a + "," + b + ": / " + (a / b) + "  % " + (a % b) + "  floorDiv " + Math.floorDiv(a, b) + "  floorMod " + Math.floorMod(a, b));
    }
    System.out.println("long floorMod " + Math.floorMod(-10000000001L, 7L) + " floorDiv " + Math.floorDiv(-10000000001L, 7L));
    int clamp = Math.max(0, Math.min(255, 300));
    int clampLow = Math.max(0, Math.min(255, -20));
    System.out.println("clamp " + clamp + " " + clampLow);
    int hour = Math.floorMod(-5, 24);
    System.out.println("five hours before midnight: " + hour);
  }
}
