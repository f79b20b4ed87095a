package dm;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Main {
  record Shout(String name) implements Greeter {
    @Override public String suffix() { return "!!!"; }
  }
  public static void main(String[] args) {
    Greeter a = Greeter.of("ann");
    Greeter b = new Shout("bob");
    System.out.println(a.greet() + " " + b.greet() + " " + b.suffix());
  }
}
