package ctl;

import dev.jmpy.annotations.MicroPython;

/** switch on char: grouped labels, fall-through, default in the middle, arrow form and char arithmetic in cases. */
@MicroPython
public class SwitchOnChars {
  static String kind(char c) {
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        return "vowel";
      case '0':
      case '1':
        return "bit";
      default:
        if (Character.isDigit(c)) {
          return "digit";
        }
      case ' ':
        return "other";
      case 'y':
        return "sometimes";
    }
  }

  static int value(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      default -> 0;
    };
  }

  static int roman(String s) {
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = value(s.charAt(i));
      if (i + 1 < s.length() && v < value(s.charAt(i + 1))) {
        total -= v;
      } else {
        total += v;
      }
    }
    return total;
  }

  public static void main(String[] args) {
    String sample = "ay 0 7z";
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      System.out.println("'" + c + "' -> " + kind(c));
    }
    String[] numerals = {"III", "IV", "IX", "XIV", "XL", "XCIX", "CLXVI"};
    for (String n : numerals) {
      System.out.println(n + " = " + roman(n));
    }
    int counts = 0;
    for (char c = 'a'; c <= 'z'; c++) {
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u' -> counts += 100;
        case 'y' -> counts += 10;
        default -> counts += 1;
      }
    }
    System.out.println("counts = " + counts);
    char next = 'c';
    switch (next + 1) {
      case 'd':
        System.out.println("c + 1 is d");
        break;
      default:
        System.out.println("c + 1 is not d");
    }
  }
}
