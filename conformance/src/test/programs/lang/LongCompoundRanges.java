package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * Compound assignments of long variables whose value is arithmetic the range analysis cannot
 * bound (once a processor crash, JMPY001): v -= r + 1, v -= r * r, v -= -r, v -= (long) k * 2.
 */
@MicroPython
public class LongCompoundRanges {
  static long isqrt(long n) {
    long r = 0;
    while ((r + 1) * (r + 1) <= n) {
      r++;
    }
    return r;
  }

  public static void main(String[] args) {
    long v = 1000;
    long r = 7;
    int k = 5;
    v -= r + 1;
    System.out.println(v);
    v -= r * r;
    System.out.println(v);
    v -= -r;
    System.out.println(v);
    v -= (long) k * 2;
    System.out.println(v);
    long n = 99;
    long rest = n;
    long root = isqrt(n);
    rest -= root * root;
    System.out.println(root + " " + rest);
    long big = Long.MIN_VALUE;
    long w = 0;
    w -= big;
    System.out.println(w);
    w -= -big;
    System.out.println(w);
    w += Long.MAX_VALUE * 2;
    System.out.println(w);
    int i = Integer.MIN_VALUE;
    int j = 1;
    j -= -i;
    System.out.println(j);
    j -= i - 1;
    System.out.println(j);
    j *= i + j;
    System.out.println(j);
  }
}
