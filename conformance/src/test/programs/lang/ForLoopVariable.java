package lang;

import dev.jmpy.annotations.MicroPython;

/** A for loop whose variable or bound changes in the body is not a Python range. */
@MicroPython
public class ForLoopVariable {
  static int limit = 5;

  public static void main(String[] args) {
    String s = "";
    for (int i = 0; i < 10; i++) {
      s += i;
      if (i == 3) {
        i += 3;
      }
    }
    System.out.println("skip ahead: " + s);
    int n = 10;
    int count = 0;
    for (int i = 0; i < n; i++) {
      n--;
      count++;
    }
    System.out.println("shrinking bound: count = " + count + " n = " + n);
    int j;
    for (j = 0; j < 5; j++) {
      s = "x";
    }
    System.out.println("j after loop = " + j);
    int k = 0;
    for (; k < 3; ) {
      k += 2;
    }
    System.out.println("k = " + k);
    s = "";
    for (int i = 0; i < limit; i++) {
      s += i;
      limit--;
    }
    System.out.println("static bound: " + s + " limit = " + limit);
    s = "";
    for (int i = 0; i < 20; i = i * 2 + 1) {
      s += i + " ";
    }
    System.out.println("geometric: " + s);
    s = "";
    for (int i = 5; i >= 0; i--) {
      s += i;
    }
    System.out.println("down to zero: " + s);
    int total = 0;
    for (int i = 0; i <= 4; i++) {
      for (int m = i; m < 4; m++) {
        total++;
      }
    }
    System.out.println("triangle = " + total);
    for (int i = 0; i < 0; i++) {
      System.out.println("never");
    }
    int w = 0;
    for (int i = 0; i < 100; i += 1) {
      if (i == 4) {
        break;
      }
      w = i;
    }
    System.out.println("w = " + w);
  }
}
