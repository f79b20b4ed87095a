package ctl;

import dev.jmpy.annotations.MicroPython;

/** try/finally inside loops: finally runs on break, continue, labeled break and normal completion. */
@MicroPython
public class FinallyInLoops {
  public static void main(String[] args) {
    String log = "";
    for (int i = 0; i < 5; i++) {
      try {
        if (i == 1) {
          continue;
        }
        if (i == 3) {
          break;
        }
        log += "body" + i + " ";
      } finally {
        log += "fin" + i + " ";
      }
    }
    System.out.println(log);
    log = "";
    int n = 0;
    while (n < 3) {
      n++;
      try {
        try {
          if (n == 2) {
            continue;
          }
          log += "in" + n + " ";
        } finally {
          log += "inner" + n + " ";
        }
      } finally {
        log += "outer" + n + " ";
      }
    }
    System.out.println(log);
    log = "";
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        try {
          if (j == 1 && i == 0) {
            continue outer;
          }
          if (i == 1 && j == 2) {
            break outer;
          }
          log += "" + i + j + " ";
        } finally {
          log += "f ";
        }
      }
    }
    System.out.println(log);
    log = "";
    int k = 0;
    do {
      try {
        k++;
        if (k % 2 == 0) {
          throw new IllegalStateException("even " + k);
        }
        log += "odd" + k + " ";
      } catch (IllegalStateException e) {
        log += "caught(" + e.getMessage() + ") ";
        continue;
      } finally {
        log += "done" + k + " ";
      }
      log += "tail" + k + " ";
    } while (k < 4);
    System.out.println(log);
  }
}
