package ctl;

import dev.jmpy.annotations.MicroPython;

/** switch on int with fall-through chains, default in the middle, and an empty default. */
@MicroPython
public class SwitchFallThrough {
  static String trace(int v) {
    String s = "";
    switch (v) {
      case 0:
        s += "a";
      case 1:
        s += "b";
      case 2:
        s += "c";
        break;
      default:
        s += "d";
      case 5:
        s += "e";
      case 6:
        s += "f";
        break;
      case 7:
        s += "g";
    }
    return s;
  }

  static int countdown(int start) {
    int total = 0;
    switch (start) {
      case 3:
        total += 3;
      case 2:
        total += 2;
      case 1:
        total += 1;
      default:
    }
    return total;
  }

  public static void main(String[] args) {
    for (int v = -1; v <= 8; v++) {
      System.out.println("trace(" + v + ") = " + trace(v));
    }
    for (int v = 0; v <= 4; v++) {
      System.out.println("countdown(" + v + ") = " + countdown(v));
    }
    int hits = 0;
    for (int i = 0; i < 10; i++) {
      switch (i % 3) {
        case 0:
          hits += 100;
          break;
        case 1:
          hits += 10;
        default:
          hits += 1;
      }
    }
    System.out.println("hits = " + hits);
  }
}
