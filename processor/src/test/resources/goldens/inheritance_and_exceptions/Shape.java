package shapes;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public interface Shape {
  int SIDES_UNKNOWN = -1;
  int area();
  String name();
}
