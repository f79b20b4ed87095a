package nums;

import dev.jmpy.annotations.MicroPython;

/** int and long wrap-around in loops and compound assignments: factorials, powers, hashes, multiply-with-carry. */
@MicroPython
public class IntLongWrap {
  public static void main(String[] args) {
    int fi = 1;
    long fl = 1;
    for (int i = 1; i <= 25; i++) {
      fi *= i;
      fl *= i;
      if (i == 12 || i == 13 || i == 20 || i == 21 || i == 25) {
        System.out.println(i + "! int " + fi + ", long " + fl);
      }
    }
    int p = 1;
    String powers = "";
    for (int i = 0; i < 34; i++) {
      if (i >= 30) {
        powers += p + " ";
      }
      p += p;
    }
    System.out.println("2^30..2^33 as int: " + powers);
    int a = 0;
    int b = 1;
    for (int i = 0; i < 50; i++) {
      int t = a + b;
      a = b;
      b = t;
    }
    System.out.println("fib(50) as int = " + a);
    long la = 0;
    long lb = 1;
    for (int i = 0; i < 100; i++) {
      long t = la + lb;
      la = lb;
      lb = t;
    }
    System.out.println("fib(100) as long = " + la);
    int seed = 12345;
    for (int i = 0; i < 5; i++) {
      seed = seed * 1103515245 + 12345;
      System.out.print(seed + " ");
    }
    System.out.println();
    long lseed = 42;
    for (int i = 0; i < 3; i++) {
      lseed = lseed * 6364136223846793005L + 1442695040888963407L;
      System.out.print(lseed + " ");
    }
    System.out.println();
    int down = Integer.MIN_VALUE + 2;
    for (int i = 0; i < 4; i++) {
      down -= 1;
    }
    System.out.println("MIN + 2 - 4 = " + down);
    long ldown = Long.MIN_VALUE;
    ldown -= 1;
    System.out.println("Long.MIN - 1 = " + ldown);
    int mixed = 7;
    mixed += 3000000000L;
    System.out.println("int += 3000000000L -> " + mixed);
    int neg = -Integer.MAX_VALUE - 1;
    System.out.println("-MAX - 1 = " + neg + ", == MIN: " + (neg == Integer.MIN_VALUE));
    long product = (long) Integer.MAX_VALUE * Integer.MAX_VALUE;
    int intProduct = Integer.MAX_VALUE * Integer.MAX_VALUE;
    System.out.println("MAX * MAX long " + product + ", int " + intProduct);
  }
}
