package text;

import dev.jmpy.annotations.MicroPython;

/** Character arithmetic on text: Caesar cipher with wrap-around, run-length encoding, case swapping. */
@MicroPython
public class CaesarCipher {
  static String shift(String s, int k) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append((char) ('a' + Math.floorMod(c - 'a' + k, 26)));
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) ('A' + Math.floorMod(c - 'A' + k, 26)));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String runLength(String s) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int j = i;
      while (j < s.length() && s.charAt(j) == c) {
        j++;
      }
      sb.append(j - i).append(c);
      i = j;
    }
    return sb.toString();
  }

  static String swapCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    String msg = "Hello, World! xyz";
    String enc = shift(msg, 3);
    System.out.println("encrypted: " + enc);
    System.out.println("decrypted: " + shift(enc, -3));
    System.out.println("rot13 twice: " + shift(shift(msg, 13), 13));
    System.out.println("shift -29: " + shift("abc", -29));
    System.out.println("rle: " + runLength("aaabccddddde"));
    System.out.println("rle empty: '" + runLength("") + "'");
    System.out.println("swap: " + swapCase("MicroPython 1.27"));
  }
}
