package text;

import dev.jmpy.annotations.MicroPython;

/** length, isEmpty, isBlank, charAt, substring, indexOf (with from), lastIndexOf, contains, startsWith, endsWith. */
@MicroPython
public class StringQueries {
  public static void main(String[] args) {
    String s = "the rain in spain";
    System.out.println("length " + s.length() + " empty " + s.isEmpty() + " blank " + s.isBlank());
    System.out.println("'' empty " + "".isEmpty() + " blank " + "".isBlank() + "; '  ' empty " + "  ".isEmpty() + " blank " + "  ".isBlank() + "; '\\t\\n' blank " + "\t\n".isBlank());
    System.out.println("charAt(0) " + s.charAt(0) + ", charAt(last) " + s.charAt(s.length() - 1));
    System.out.println("substring(4) '" + s.substring(4) + "', substring(4, 8) '" + s.substring(4, 8) + "', substring(3, 3) '" + s.substring(3, 3) + "'");
    System.out.println("substring(length) '" + s.substring(s.length()) + "'");
    System.out.println("indexOf ain " + s.indexOf("ain") + ", from 6: " + s.indexOf("ain", 6) + ", from 99: " + s.indexOf("ain", 99));
    System.out.println("indexOf missing " + s.indexOf("xyz") + ", indexOf '' " + s.indexOf(""));
    System.out.println("lastIndexOf ain " + s.lastIndexOf("ain") + ", lastIndexOf in " + s.lastIndexOf("in") + ", missing " + s.lastIndexOf("q"));
    System.out.println("contains rain " + s.contains("rain") + ", contains Rain " + s.contains("Rain") + ", contains '' " + s.contains(""));
    System.out.println("startsWith the " + s.startsWith("the") + ", startsWith rain " + s.startsWith("rain") + ", endsWith spain " + s.endsWith("spain") + ", endsWith '' " + s.endsWith(""));
    int count = 0;
    int from = 0;
    while (s.indexOf("in", from) >= 0) {
      count++;
      from = s.indexOf("in", from) + 1;
    }
    System.out.println("occurrences of in: " + count);
    String word = "level";
    boolean palindrome = true;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != word.charAt(word.length() - 1 - i)) {
        palindrome = false;
      }
    }
    System.out.println(word + " palindrome " + palindrome);
    String path = "/usr/local/bin/tool";
    String file = path.substring(path.lastIndexOf("/") + 1);
    String dir = path.substring(0, path.lastIndexOf("/"));
    System.out.println("dir " + dir + " file " + file);
  }
}
