package dm;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public interface Greeter {
  String name();
  default String greet() { return "hello " + name() + suffix(); }
  default String suffix() { return "!"; }
  static Greeter of(String n) { return new Named(n); }
}
