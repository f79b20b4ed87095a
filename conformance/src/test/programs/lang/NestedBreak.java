package lang;

import dev.jmpy.annotations.MicroPython;

/** break leaves only the innermost loop. */
@MicroPython
public class NestedBreak {
  public static void main(String[] args) {
    String s = "";
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        if (j == i) {
          break;
        }
        s += "" + i + j + " ";
      }
    }
    System.out.println(s);
    int found = -1;
    for (int i = 2; i < 50; i++) {
      boolean prime = true;
      for (int d = 2; d * d <= i; d++) {
        if (i % d == 0) {
          prime = false;
          break;
        }
      }
      if (prime && i > 40) {
        found = i;
        break;
      }
    }
    System.out.println("first prime above 40: " + found);
    int i = 0;
    int hits = 0;
    while (i < 3) {
      int j = 0;
      do {
        j++;
        if (j == 2) {
          break;
        }
        hits++;
      } while (j < 10);
      i++;
    }
    System.out.println("hits = " + hits);
  }
}
