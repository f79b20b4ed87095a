package text;

import dev.jmpy.annotations.MicroPython;

/** Format corner cases: %% in a format without arguments, and %b of null (Java prints false). */
@MicroPython
public class FormatEdgeCases {
  public static void main(String[] args) {
    System.out.println(String.format("100%% done"));
    System.out.printf("50%%%n");
    System.out.println("%% literal".formatted());
    String none = null;
    System.out.println(String.format("bool of null: %b", none));
    System.out.println(String.format("bool of string: %b", "x"));
  }
}
