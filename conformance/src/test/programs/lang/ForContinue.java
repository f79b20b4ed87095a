package lang;

import dev.jmpy.annotations.MicroPython;

/** continue in a classic for loop still runs the update. */
@MicroPython
public class ForContinue {
  public static void main(String[] args) {
    String s = "";
    for (int i = 0; i < 10; i++) {
      if (i % 3 == 0) {
        continue;
      }
      s += i;
    }
    System.out.println("skip multiples of 3: " + s);
    s = "";
    for (int i = 10; i > 0; i -= 3) {
      if (i == 7) {
        continue;
      }
      s += i + ",";
    }
    System.out.println("down by 3 skipping 7: " + s);
    int count = 0;
    for (int i = 0, j = 10; i < j; i++, j--) {
      if (i == 2) {
        continue;
      }
      count += j - i;
    }
    System.out.println("two variables: " + count);
    s = "";
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        if (j > i) {
          continue;
        }
        if (j == 1) {
          continue;
        }
        s += j;
      }
      s += "|";
    }
    System.out.println("nested: " + s);
  }
}
