package vending;

import dev.jmpy.annotations.MicroPython;

/** Parses {@code <verb> [amount]} lines, case-insensitively; anything else is UNKNOWN. */
@MicroPython
public class CommandParser {
  public static Command parse(String line) {
    String text = line.trim().toLowerCase();
    int space = text.indexOf(' ');
    String word = space < 0 ? text : text.substring(0, space);
    int amount = 0;
    if (space >= 0) {
      String digits = text.substring(space + 1).trim();
      if (!isNumber(digits)) {
        return Command.unknown();
      }
      amount = Integer.parseInt(digits);
    }
    Verb verb = switch (word) {
      case "insert", "coin" -> Verb.INSERT;
      case "select" -> Verb.SELECT;
      case "refund" -> Verb.REFUND;
      case "restock" -> Verb.RESTOCK;
      default -> Verb.UNKNOWN;
    };
    return new Command(verb, amount);
  }

  /** Only ASCII digits: Java's parseInt and Python's int() disagree on blanks and underscores. */
  static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
