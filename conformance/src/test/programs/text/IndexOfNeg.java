package text;

import dev.jmpy.annotations.MicroPython;

/** indexOf with a negative fromIndex starts at 0, as Java does (Python would count from the end). */
@MicroPython
public class IndexOfNeg {
  public static void main(String[] args) {
    String s = "abcabc";
    int from = -1;
    System.out.println(s.indexOf("a", from) + " " + s.indexOf('b', -3) + " " + s.indexOf("c", -100));
  }
}
