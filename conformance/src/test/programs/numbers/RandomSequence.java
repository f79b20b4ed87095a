package nums;

import dev.jmpy.annotations.MicroPython;
import java.util.Random;

/** java.util.Random with a seed gives Java's sequence: nextInt, nextInt(bound), nextLong, nextBoolean, setSeed. */
@MicroPython
public class RandomSequence {
  public static void main(String[] args) {
    Random random = new Random(42);
    StringBuilder ints = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      ints.append(random.nextInt()).append(' ');
    }
    System.out.println("nextInt " + ints);
    int[] bounds = {1, 2, 6, 10, 16, 100, 1000, 1 << 30, 1000000007, Integer.MAX_VALUE};
    for (int bound : bounds) {
      System.out.println("nextInt(" + bound + ") " + random.nextInt(bound) + " " + random.nextInt(bound));
    }
    System.out.println("nextLong " + random.nextLong() + " " + random.nextLong());
    StringBuilder coins = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      coins.append(random.nextBoolean() ? 'H' : 'T');
    }
    System.out.println("coins " + coins);
    random.setSeed(-7);
    System.out.println("after setSeed(-7) " + random.nextInt(50) + " " + random.nextInt());
    Random dice = new Random(2026);
    int[] counts = new int[6];
    for (int i = 0; i < 600; i++) {
      counts[dice.nextInt(6)]++;
    }
    System.out.println("dice " + java.util.Arrays.toString(counts));
    try {
      dice.nextInt(0);
    } catch (IllegalArgumentException e) {
      System.out.println("nextInt(0): " + e.getMessage());
    }
  }
}
