package shapes;
import dev.jmpy.annotations.MicroPython;
@MicroPython
public class Rect implements Shape {
  protected int w;
  protected int h;
  int area;
  public Rect(int w, int h) { this.w = w; this.h = h; area = -5; }
  public int area() { return w * h; }
  public String name() { return "rect"; }
  public String describe() { return name() + " " + area() + " " + area; }
}
