package classes;

import dev.jmpy.annotations.MicroPython;

/** switch on an enum: classic with fall-through and default, arrow form, switch expression. */
@MicroPython
public class EnumSwitch {
  enum Day {
    MON,
    TUE,
    WED,
    THU,
    FRI,
    SAT,
    SUN
  }

  static String kind(Day d) {
    switch (d) {
      case SAT:
      case SUN:
        return "weekend";
      case FRI:
        return "almost";
      default:
        return "workday";
    }
  }

  static int hours(Day d) {
    int h = 0;
    switch (d) {
      case MON:
        h += 1;
      case TUE:
        h += 2;
      case WED:
        h += 4;
        break;
      case THU:
        h += 8;
        break;
      default:
        h = -1;
    }
    return h;
  }

  static String arrow(Day d) {
    String r;
    switch (d) {
      case MON, TUE -> r = "early";
      case WED -> r = "mid";
      default -> {
        String t = d.name().toLowerCase();
        r = "late:" + t;
      }
    }
    return r;
  }

  static int letters(Day d) {
    return switch (d) {
      case MON, FRI, SUN -> 6;
      case TUE -> 7;
      case THU, SAT -> 8;
      case WED -> {
        int n = "wednesday".length();
        yield n;
      }
    };
  }

  public static void main(String[] args) {
    for (Day d : Day.values()) {
      System.out.println(d + ": " + kind(d) + " hours=" + hours(d) + " " + arrow(d) + " letters=" + letters(d));
    }
  }
}
