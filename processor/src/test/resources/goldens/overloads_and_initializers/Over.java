import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
@MicroPython
public class Over {
  static final List<String> LOG = new ArrayList<>();
  static int total;
  static {
    total = 10;
    LOG.add("static block");
  }
  static int after = total * 2;
  private int x;
  private String tag = "t";
  {
    x = 5;
    LOG.add("instance block " + tag);
  }
  Over(int extra) {
    x += extra;
  }
  static String show(int v) { return "int " + v; }
  static String show(String v) { return "string " + v; }
  static String show(int a, int b) { return "two " + (a + b); }
  static String show() { return "none"; }
  String describe() { return "x=" + x; }
  String describe(String prefix) { return prefix + describe(); }
  public static void main(String[] args) {
    System.out.println(show(1) + ", " + show("s") + ", " + show(2, 3) + ", " + show());
    Over o = new Over(3);
    System.out.println(o.describe() + " " + o.describe("> ") + " " + after + " " + LOG);
  }
}
