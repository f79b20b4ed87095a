package ctl;

import dev.jmpy.annotations.MicroPython;

/** switch on String: fall-through, default in the middle, colliding hash codes, arrow and expression forms. */
@MicroPython
public class SwitchOnStrings {
  static String command(String cmd) {
    String log = "";
    switch (cmd) {
      case "start":
        log += "init ";
      case "resume":
        log += "run ";
        break;
      default:
        log += "unknown ";
      case "stop":
        log += "halt ";
        break;
      case "":
        log += "empty ";
    }
    return log.trim();
  }

  static String collide(String s) {
    switch (s) {
      case "Aa":
        return "first";
      case "BB":
        return "second";
      default:
        return "neither";
    }
  }

  static int priority(String level) {
    return switch (level) {
      case "error", "fatal" -> 3;
      case "warn" -> 2;
      case "info" -> {
        int base = level.length();
        yield base - 3;
      }
      default -> 0;
    };
  }

  public static void main(String[] args) {
    String[] cmds = {"start", "resume", "stop", "jump", "", "START"};
    for (String c : cmds) {
      System.out.println("command(\"" + c + "\") = " + command(c));
    }
    System.out.println("Aa and BB hash: " + "Aa".hashCode() + " " + "BB".hashCode());
    System.out.println("collide(Aa) = " + collide("Aa"));
    System.out.println("collide(BB) = " + collide("BB"));
    System.out.println("collide(Ab) = " + collide("Ab"));
    String[] levels = {"fatal", "error", "warn", "info", "debug"};
    int sum = 0;
    for (String l : levels) {
      int p = priority(l);
      sum += p;
      System.out.println(l + " -> " + p);
    }
    System.out.println("sum = " + sum);
    String built = "wa" + "rn";
    switch (built) {
      case "warn" -> System.out.println("built string matches by value");
      default -> System.out.println("no match");
    }
  }
}
