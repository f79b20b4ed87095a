package nums;

import dev.jmpy.annotations.MicroPython;

/** Counting with char indexes: counts[c - 'a']++, toCharArray, Character tests, and char comparison in loops. */
@MicroPython
public class CharCounting {
  public static void main(String[] args) {
    String text = "the quick brown fox jumps over the lazy dog";
    int[] counts = new int[26];
    for (char c : text.toCharArray()) {
      if (Character.isLetter(c)) {
        counts[c - 'a']++;
      }
    }
    String common = "";
    int best = 0;
    for (int i = 0; i < 26; i++) {
      if (counts[i] > best) {
        best = counts[i];
        common = "" + (char) ('a' + i);
      } else if (counts[i] == best) {
        common += (char) ('a' + i);
      }
    }
    System.out.println("most common (" + best + "): " + common);
    boolean pangram = true;
    for (int n : counts) {
      if (n == 0) {
        pangram = false;
      }
    }
    System.out.println("pangram: " + pangram);
    String mixed = "Hello World 2024!";
    int upper = 0;
    int lower = 0;
    int digits = 0;
    int spaces = 0;
    int other = 0;
    for (int i = 0; i < mixed.length(); i++) {
      char c = mixed.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isWhitespace(c)) {
        spaces++;
      } else {
        other++;
      }
    }
    System.out.println("upper " + upper + ", lower " + lower + ", digits " + digits + ", spaces " + spaces + ", other " + other);
    String swapped = "";
    for (char c : mixed.toCharArray()) {
      swapped += Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }
    System.out.println("swapped case: " + swapped);
    char[] chars = "dcba".toCharArray();
    for (int i = 0; i < chars.length; i++) {
      for (int j = i + 1; j < chars.length; j++) {
        if (chars[j] < chars[i]) {
          char t = chars[i];
          chars[i] = chars[j];
          chars[j] = t;
        }
      }
    }
    System.out.println("sorted chars: " + chars[0] + chars[1] + chars[2] + chars[3] + ", sum " + (chars[0] + chars[1] + chars[2] + chars[3]));
    int code = 0;
    for (char c = 'a'; c < 'f'; c += 2) {
      code = code * 128 + c;
    }
    System.out.println("code of a, c, e: " + code);
  }
}
