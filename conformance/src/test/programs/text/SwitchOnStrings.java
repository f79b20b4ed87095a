package text;

import dev.jmpy.annotations.MicroPython;

/** switch on String and char: classic with fall-through, arrow form with several labels, switch expressions with yield. */
@MicroPython
public class SwitchOnStrings {
  static int command(String cmd) {
    int code;
    switch (cmd) {
      case "start":
      case "go":
        code = 1;
        break;
      case "stop":
        code = 2;
        break;
      case "":
        code = 0;
        break;
      default:
        code = -1;
    }
    return code;
  }

  static String kind(char c) {
    switch (c) {
      case 'a', 'e', 'i', 'o', 'u' -> {
        return "vowel";
      }
      case ' ' -> {
        return "space";
      }
      default -> {
        if (Character.isDigit(c)) {
          return "digit";
        }
        return "other";
      }
    }
  }

  static String plural(String noun) {
    return switch (noun) {
      case "mouse" -> "mice";
      case "child" -> "children";
      case "sheep", "fish" -> noun;
      default -> {
        if (noun.endsWith("s")) {
          yield noun + "es";
        }
        yield noun + "s";
      }
    };
  }

  static int fallThroughScore(char grade) {
    int score = 0;
    switch (grade) {
      case 'A':
        score += 10;
      case 'B':
        score += 5;
      case 'C':
        score += 1;
        break;
      default:
        score = -1;
    }
    return score;
  }

  public static void main(String[] args) {
    for (String cmd : new String[] {"start", "go", "stop", "", "jump"}) {
      System.out.println("command '" + cmd + "' -> " + command(cmd));
    }
    for (char c : "a1 z".toCharArray()) {
      System.out.println("'" + c + "' is " + kind(c));
    }
    for (String n : new String[] {"mouse", "child", "fish", "bus", "cat"}) {
      System.out.println(n + " -> " + plural(n));
    }
    System.out.println("scores: " + fallThroughScore('A') + " " + fallThroughScore('B') + " " + fallThroughScore('C') + " " + fallThroughScore('F'));
  }
}
