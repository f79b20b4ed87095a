package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Objects.requireNonNull, Collections.reverse, the Character, Byte and Short limits, and
 * System.out.format.
 */
@MicroPython
public class MoreLibraryRows {
  public static void main(String[] args) {
    List<String> xs = new ArrayList<>(List.of("a", "b", "c"));
    List<String> same = Objects.requireNonNull(xs);
    Collections.reverse(same);
    System.out.println(xs);
    System.out.println((int) Character.MAX_VALUE + " " + (int) Character.MIN_VALUE + " "
        + Byte.MAX_VALUE + " " + Short.MIN_VALUE);
    System.out.format("%d-%s%n", 3, "x");
  }
}
