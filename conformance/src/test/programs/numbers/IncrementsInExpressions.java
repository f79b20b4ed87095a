package nums;

import dev.jmpy.annotations.MicroPython;

/** ++ and -- inside expressions on locals: array indexes, loop conditions, arguments, and both operands of one expression. */
@MicroPython
public class IncrementsInExpressions {
  static String pair(int a, int b) {
    return "(" + a + "," + b + ")";
  }

  public static void main(String[] args) {
    int[] a = new int[5];
    int i = 0;
    a[i++] = 10;
    a[i++] = 20;
    a[++i] = 40;
    System.out.println("a = " + a[0] + " " + a[1] + " " + a[2] + " " + a[3] + " i = " + i);
    int n = 3;
    String s = "";
    while (n-- > 0) {
      s += n + " ";
    }
    System.out.println("while (n-- > 0): " + s + "then n = " + n);
    int m = 3;
    s = "";
    while (--m > 0) {
      s += m + " ";
    }
    System.out.println("while (--m > 0): " + s + "then m = " + m);
    int k = 5;
    int r = k++ + k++;
    System.out.println("k++ + k++ = " + r + ", k = " + k);
    r = ++k * 10 + k--;
    System.out.println("++k * 10 + k-- = " + r + ", k = " + k);
    int j = 1;
    System.out.println("pair(j++, j++) = " + pair(j++, j++) + ", j = " + j);
    System.out.println("pair(--j, j) = " + pair(--j, j) + ", j = " + j);
    int[] src = {7, 8, 9};
    int[] dst = new int[3];
    int from = 0;
    int to = 2;
    while (from < src.length) {
      dst[to--] = src[from++];
    }
    System.out.println("reversed copy: " + dst[0] + dst[1] + dst[2] + ", from = " + from + ", to = " + to);
    long big = Long.MAX_VALUE;
    long old = big++;
    System.out.println("long post-increment: old " + old + ", new " + big);
    int x = Integer.MIN_VALUE;
    int y = x--;
    System.out.println("int post-decrement: old " + y + ", new " + x);
  }
}
