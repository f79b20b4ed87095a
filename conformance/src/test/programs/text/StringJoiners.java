package text;

import dev.jmpy.annotations.MicroPython;
import java.util.StringJoiner;

/** StringJoiner: separator, prefix and suffix, the empty value, length, null and builders added. */
@MicroPython
public class StringJoiners {
  public static void main(String[] args) {
    StringJoiner rows = new StringJoiner("\n");
    for (int y = 0; y < 3; y++) {
      StringBuilder line = new StringBuilder();
      for (int x = 0; x < 4; x++) {
        line.append((x + y) % 2 == 0 ? '#' : '.');
      }
      rows.add(line);
    }
    System.out.println(rows);
    StringJoiner list = new StringJoiner(", ", "{", "}");
    System.out.println(list + " " + list.length());
    list.add("a").add(null).add("");
    System.out.println(list.toString() + " " + list.length());
    StringJoiner empty = new StringJoiner("-");
    empty.setEmptyValue("none");
    System.out.println(empty + " " + empty.length());
    empty.add("x");
    System.out.println("joined: " + empty);
  }
}
