package functions;

import dev.jmpy.annotations.MicroPython;

/** switch on int: fall-through groups, default in the middle, selector evaluated once, arrow and expression forms. */
@MicroPython
public class SwitchOnInts {
  static int calls = 0;

  static int next(int v) {
    calls++;
    return v;
  }

  static String days(int month) {
    switch (month) {
      case 2:
        return "28";
      case 4:
      case 6:
      case 9:
      case 11:
        return "30";
      default:
        return "31";
    }
  }

  static String middleDefault(int v) {
    String s = "";
    switch (v) {
      case 1:
        s += "one ";
      default:
        s += "default ";
      case 2:
        s += "two ";
        break;
      case 3:
        s += "three ";
    }
    return s.trim();
  }

  static String arrow(int v) {
    String r = "?";
    switch (v % 4) {
      case 0 -> r = "zero";
      case 1, -1 -> r = "one";
      case 2, -2 -> {
        int twice = v * 2;
        r = "two:" + twice;
      }
      default -> r = "three";
    }
    return r;
  }

  static int score(int v) {
    return switch (v) {
      case 0 -> 0;
      case 1, 2, 3 -> 10 * v;
      default -> {
        int t = v;
        if (t < 0) {
          t = -t;
        }
        yield t + 100;
      }
    };
  }

  public static void main(String[] args) {
    for (int m = 1; m <= 12; m++) {
      System.out.print(days(m) + " ");
    }
    System.out.println();
    for (int v = 0; v <= 4; v++) {
      System.out.println("middleDefault(" + v + ") = " + middleDefault(v));
    }
    for (int v = -2; v <= 3; v++) {
      System.out.println("arrow(" + v + ") = " + arrow(v) + ", score = " + score(v));
    }
    int result;
    switch (next(3)) {
      case 1:
        result = 1;
        break;
      case 2:
        result = 2;
        break;
      case 3:
        result = 3;
        break;
      default:
        result = 0;
    }
    System.out.println("selector evaluated " + calls + " time(s), result " + result);
    int expr = switch (next(7)) {
      case 5, 6 -> 1;
      case 7, 8 -> 2;
      default -> 3;
    };
    System.out.println("expression selector evaluated " + calls + " time(s) in total, result " + expr);
  }
}
