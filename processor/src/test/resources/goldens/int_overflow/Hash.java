import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Hash {
  public static void main(String[] args) {
    System.out.println("hello world, this is java".hashCode() + " " + "".hashCode() + " " + "a".hashCode() + " " + java.util.Objects.equals("x", "x"));
  }
}
