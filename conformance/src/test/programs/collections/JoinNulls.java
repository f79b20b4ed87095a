package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** String.join of a list with null elements prints null, as Java does. */
@MicroPython
public class JoinNulls {
  public static void main(String[] args) {
    List<String> xs = new ArrayList<>();
    xs.add("a");
    xs.add(null);
    xs.add("c");
    System.out.println(String.join(",", xs));
    System.out.println(xs + " " + xs.contains(null) + " " + xs.indexOf(null));
  }
}
