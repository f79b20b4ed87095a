package nums;

import dev.jmpy.annotations.MicroPython;

/** Character.toChars (one char, or a surrogate pair above the BMP), and digit/forDigit round trips. */
@MicroPython
public class CharacterToChars {
  public static void main(String[] args) {
    int[] codePoints = {65, 0xE9, 0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    for (int cp : codePoints) {
      char[] units = Character.toChars(cp);
      StringBuilder codes = new StringBuilder();
      for (char c : units) {
        codes.append(' ').append((int) c);
      }
      System.out.println(cp + ":" + codes + " length " + units.length);
    }
    System.out.println(new String(Character.toChars(72)) + new String(Character.toChars(105)) + " "
        + String.valueOf(Character.toChars(0xE9)).length());
    int[] bad = {-1, 0x110000};
    for (int cp : bad) {
      try {
        Character.toChars(cp);
      } catch (IllegalArgumentException e) {
        System.out.println(e.getMessage());
      }
    }
    StringBuilder digits = new StringBuilder();
    int sum = 0;
    for (int radix : new int[] {2, 8, 10, 16, 36}) {
      for (int d = 0; d < radix; d += 5) {
        char c = Character.forDigit(d, radix);
        digits.append(c);
        sum += Character.digit(c, radix) + Character.getNumericValue(c);
      }
      digits.append('|');
    }
    System.out.println(digits + " " + sum);
    String number = "2024";
    int value = 0;
    for (char c : number.toCharArray()) {
      value = value * 10 + Character.getNumericValue(c);
    }
    System.out.println("value " + value + " " + Character.digit('x', 16) + " " + Character.getNumericValue('@'));
  }
}
