package shapes;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public class ShapeError extends RuntimeException {
  private final int code;
  public ShapeError(String message, int code) { super(message); this.code = code; }
  public int code() { return code; }
}
