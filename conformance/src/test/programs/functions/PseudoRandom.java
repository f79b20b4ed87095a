package functions;

import dev.jmpy.annotations.MicroPython;

/** Deterministic generators relying on wrap-around: an int LCG, xorshift32 with masked shifts, a dice histogram. */
@MicroPython
public class PseudoRandom {
  static int seed = 12345;

  static int nextLcg() {
    seed = seed * 1103515245 + 12345;
    return (seed >> 16) & 0x7FFF;
  }

  static int xorshift(int x) {
    x ^= x << 13;
    x ^= (x >> 17) & 0x7FFF;
    x ^= x << 5;
    return x;
  }

  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      sb.append(nextLcg()).append(' ');
    }
    System.out.println("lcg: " + sb);
    System.out.println("seed now: " + seed);
    int x = 2463534242L > 0 ? (int) 2463534242L : 1;
    StringBuilder xs = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      x = xorshift(x);
      xs.append(x).append(' ');
    }
    System.out.println("xorshift: " + xs);
    int[] histogram = new int[6];
    seed = 2024;
    for (int i = 0; i < 600; i++) {
      int roll = nextLcg() % 6;
      histogram[roll] += 1;
    }
    StringBuilder h = new StringBuilder();
    int total = 0;
    for (int count : histogram) {
      h.append(count).append(' ');
      total += count;
    }
    System.out.println("dice histogram: " + h + "total " + total);
  }
}
