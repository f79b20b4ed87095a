package colls;

import dev.jmpy.annotations.MicroPython;

/** StringBuilder: append of every type, chains, length, toString, building in loops. */
@MicroPython
public class StringBuilders {
  static String csv(int[] values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(values[i]);
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder();
    System.out.println("empty length " + sb.length() + " '" + sb + "'");
    sb.append("s").append(1).append(2L).append(true).append('c').append(false);
    System.out.println("chain: " + sb + " length " + sb.length());
    StringBuilder start = new StringBuilder("init");
    start.append('-');
    start.append(-5);
    System.out.println("with initial: " + start.toString());
    System.out.println("csv: " + csv(new int[] {3, 1, 4, 1, 5}));
    System.out.println("csv empty: '" + csv(new int[0]) + "'");
    StringBuilder box = new StringBuilder();
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col <= row; col++) {
        box.append('*');
      }
      box.append('|');
    }
    System.out.println("triangle: " + box);
    String s = "x=" + sb.length();
    System.out.println(s);
    char c = 'a';
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      letters.append((char) (c + i));
    }
    System.out.println("letters " + letters + " " + letters.length());
  }
}
