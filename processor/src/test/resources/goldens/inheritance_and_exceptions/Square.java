package shapes;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Square extends Rect {
  private int extra = 1;
  public Square(int s) { super(s, s); extra += s; }
  @Override public String name() { return "square" + extra; }
  @Override public String describe() { return "[" + super.describe() + "]"; }
}
