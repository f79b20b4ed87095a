import dev.jmpy.annotations.MicroPython;
import java.util.List;
@MicroPython
public class Fmt {
  public static void main(String[] args) {
    String name = "jmpy";
    int n = -42;
    System.out.println(String.format("%s has %d items, %5d|%-5d|%05d|%+d", name, 3, 7, 7, 7, 7));
    System.out.println(String.format("hex %x %X oct %o char %c bool %b %s 100%%", 255, n, 8, 'z', true, List.of(1, 2)));
    System.out.printf("name=%s n=%d%n", name, n);
    System.out.println("%s-%s".formatted("a", null));
    System.out.println(Integer.toHexString(-1) + " " + Integer.toBinaryString(5) + " " + Integer.toOctalString(8) + " " + Integer.compare(3, 9) + " " + Integer.compare(9, 3) + " " + Integer.compare(4, 4));
    System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 3) + " " + Boolean.parseBoolean("TRUE") + " " + Integer.valueOf("12"));
  }
}
