package text;

import dev.jmpy.annotations.MicroPython;

/** char arithmetic and comparisons, (char) casts, Character.isDigit/isLetter/isWhitespace/isUpperCase/... */
@MicroPython
public class CharHandling {
  static String classify(char c) {
    StringBuilder sb = new StringBuilder();
    if (Character.isDigit(c)) {
      sb.append("digit ");
    }
    if (Character.isLetter(c)) {
      sb.append("letter ");
    }
    if (Character.isWhitespace(c)) {
      sb.append("space ");
    }
    if (Character.isUpperCase(c)) {
      sb.append("upper ");
    }
    if (Character.isLowerCase(c)) {
      sb.append("lower ");
    }
    return sb.toString().trim();
  }

  public static void main(String[] args) {
    String sample = "aZ5 \t_!";
    for (char c : sample.toCharArray()) {
      System.out.println("'" + c + "' (" + (int) c + "): " + classify(c));
    }
    char c = 'a';
    c += 2;
    System.out.println("a + 2 = " + c);
    c++;
    System.out.println("++ = " + c);
    System.out.println("upper " + Character.toUpperCase(c) + " lower " + Character.toLowerCase('Q') + " toString " + Character.toString('w'));
    System.out.println("digit value of '7': " + ('7' - '0'));
    System.out.println("compare 'a' < 'b': " + ('a' < 'b') + ", 'Z' < 'a': " + ('Z' < 'a'));
    char fromInt = (char) 65;
    System.out.println("(char) 65 = " + fromInt + ", (char) ('A' + 25) = " + (char) ('A' + 25));
    int sum = 0;
    for (char d : "31415".toCharArray()) {
      sum += d - '0';
    }
    System.out.println("digit sum of 31415 = " + sum);
    StringBuilder alphabet = new StringBuilder();
    for (char x = 'a'; x <= 'e'; x++) {
      alphabet.append(x);
    }
    System.out.println("a..e = " + alphabet);
    char[] arr = {'j', 'm', 'p', 'y'};
    StringBuilder fromArr = new StringBuilder();
    for (char x : arr) {
      fromArr.append(x);
    }
    System.out.println("from char array: " + fromArr + " length " + arr.length);
    System.out.println("char == int: " + ('A' == 65));
  }
}
