package ctl;

import dev.jmpy.annotations.MicroPython;

/** Switches nested in loops and in each other, with continue inside cases and break leaving only the switch. */
@MicroPython
public class SwitchInLoops {
  public static void main(String[] args) {
    String out = "";
    for (int i = 0; i < 8; i++) {
      switch (i % 4) {
        case 0:
          continue;
        case 1:
          out += "one" + i + " ";
          break;
        case 2:
          switch (i) {
            case 2 -> out += "two ";
            default -> {
              out += "six ";
              continue;
            }
          }
          out += "after-inner" + i + " ";
          break;
        default:
          out += "x ";
      }
      out += "| ";
    }
    System.out.println(out);
    int i = 0;
    int evens = 0;
    int odds = 0;
    while (i < 10) {
      i++;
      switch (i % 2) {
        case 0 -> {
          evens += i;
          if (i > 6) {
            continue;
          }
          evens += 1000;
        }
        default -> odds += i;
      }
    }
    System.out.println("evens = " + evens + ", odds = " + odds);
    String word = "";
    int n = 0;
    do {
      n++;
      switch (n) {
        case 2, 4:
          continue;
        case 6:
          word += "!";
          break;
        default:
          word += n;
      }
    } while (n < 7);
    System.out.println("word = " + word);
    int grid = 0;
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        switch (r) {
          case 0:
            switch (c) {
              case 0 -> grid += 1;
              default -> grid += 10;
            }
            break;
          case 1:
            if (c == 1) {
              continue;
            }
            grid += 100;
            break;
          default:
            grid += 1000;
        }
      }
    }
    System.out.println("grid = " + grid);
  }
}
