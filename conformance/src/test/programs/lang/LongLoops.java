package lang;

import dev.jmpy.annotations.MicroPython;

/** long accumulators in loops stay exact up to 64 bits. */
@MicroPython
public class LongLoops {
  public static void main(String[] args) {
    long f = 1;
    for (int i = 2; i <= 20; i++) {
      f *= i;
    }
    System.out.println("20! = " + f);
    long a = 0;
    long b = 1;
    for (int i = 0; i < 90; i++) {
      long t = a + b;
      a = b;
      b = t;
    }
    System.out.println("fib(90) = " + a);
    long sum = 0;
    for (int i = 1; i <= 100000; i++) {
      sum += (long) i * i;
    }
    System.out.println("sum of squares to 1e5 = " + sum);
    long p = 1;
    int count = 0;
    while (p < 1000000000000000000L) {
      p *= 7;
      count++;
    }
    System.out.println("7^" + count + " = " + p);
    System.out.println("p / -7 = " + p / -7 + ", -p % 1000 = " + -p % 1000);
  }
}
