package ctl;

import dev.jmpy.annotations.MicroPython;

/** switch on an enum: statement with fall-through, arrow, expression returning, and in a loop over values(). */
@MicroPython
public class SwitchOnEnums {
  enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

  static String kind(Day d) {
    switch (d) {
      case SAT:
      case SUN:
        return "weekend";
      case FRI:
        return "almost";
      default:
        return "work";
    }
  }

  static int hoursLeft(Day d) {
    int h = 0;
    switch (d) {
      case MON:
        h += 8;
      case TUE:
        h += 8;
      case WED:
        h += 8;
      case THU:
        h += 8;
      case FRI:
        h += 6;
        break;
      default:
        h = -1;
    }
    return h;
  }

  static Day next(Day d) {
    return switch (d) {
      case SUN -> Day.MON;
      case FRI, SAT -> {
        Day[] all = Day.values();
        yield all[d.ordinal() + 1];
      }
      default -> Day.values()[d.ordinal() + 1];
    };
  }

  public static void main(String[] args) {
    for (Day d : Day.values()) {
      System.out.println(d + ": " + kind(d) + ", hours left " + hoursLeft(d) + ", next " + next(d));
    }
    Day d = Day.THU;
    int steps = 0;
    while (d != Day.WED) {
      d = next(d);
      steps++;
    }
    System.out.println("THU to WED in " + steps + " steps");
    String letters = "";
    for (Day x : Day.values()) {
      switch (x) {
        case MON -> letters += "M";
        case TUE, THU -> letters += "T";
        case WED -> letters += "W";
        default -> letters += "_";
      }
    }
    System.out.println("letters = " + letters);
  }
}
