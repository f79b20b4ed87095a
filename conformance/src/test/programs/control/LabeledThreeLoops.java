package ctl;

import dev.jmpy.annotations.MicroPython;

/** Labeled break/continue across three nested loops, targeting the outermost and the middle loop. */
@MicroPython
public class LabeledThreeLoops {
  public static void main(String[] args) {
    String found = "none";
    top:
    for (int a = 1; a < 20; a++) {
      for (int b = a; b < 20; b++) {
        for (int c = b; c < 20; c++) {
          if (a * a + b * b == c * c && a + b + c > 20) {
            found = a + "," + b + "," + c;
            break top;
          }
        }
      }
    }
    System.out.println("triple: " + found);
    String log = "";
    outer:
    for (int i = 0; i < 3; i++) {
      middle:
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 3; k++) {
          if (k == 1 && j == 1) {
            continue middle;
          }
          if (k == 2 && i == 1) {
            continue outer;
          }
          if (i == 2 && j == 2) {
            break middle;
          }
          log += "" + i + j + k + " ";
        }
        log += "/ ";
      }
      log += "| ";
    }
    System.out.println(log);
    int count = 0;
    int x = 0;
    loopX:
    while (x < 4) {
      x++;
      int y = 0;
      do {
        y++;
        for (int z = 0; z < 4; z++) {
          if (z == y) {
            continue loopX;
          }
          if (x == 4 && z == 1) {
            break loopX;
          }
          count++;
        }
      } while (y < 3);
      count += 100;
    }
    System.out.println("count = " + count + ", x = " + x);
  }
}
