package floats;

import dev.jmpy.annotations.MicroPython;
import java.util.Random;

/** Random.nextFloat with a seed: Java's floats, exact in single precision. */
@MicroPython
public class RandomFloats {
  public static void main(String[] args) {
    Random random = new Random(42);
    for (int i = 0; i < 6; i++) {
      float f = random.nextFloat();
      System.out.println(f + " " + String.format("%.3f", f * 100) + " " + (int) (f * 6));
    }
  }
}
