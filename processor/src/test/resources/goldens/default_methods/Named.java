package dm;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Named implements Greeter {
  private final String n;
  public Named(String n) { this.n = n; }
  public String name() { return n; }
}
