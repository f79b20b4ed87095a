package lang;

import dev.jmpy.annotations.MicroPython;

/** The same local name in sibling blocks, with different types, and fresh locals per iteration. */
@MicroPython
public class BlockScopes {
  public static void main(String[] args) {
    {
      int t = 1;
      System.out.println("block 1: t = " + t);
    }
    {
      String t = "one";
      System.out.println("block 2: t = " + t);
    }
    for (int i = 0; i < 3; i++) {
      int fresh = 10;
      fresh += i;
      String s = "";
      s += fresh;
      System.out.println("iteration " + i + ": " + s);
    }
    for (int i = 0; i < 2; i++) {
      boolean t = i == 1;
      System.out.println("t = " + t);
    }
    int i = 42;
    System.out.println("i after loops = " + i);
    if (i > 0) {
      long t = 5000000000L;
      System.out.println("long t = " + t);
    } else {
      int t = -1;
      System.out.println("int t = " + t);
    }
  }
}
