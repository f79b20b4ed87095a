package text;

import dev.jmpy.annotations.MicroPython;

/** String conversion of object references that are null at run time: enums, records, classes with toString. */
@MicroPython
public class NullObjectText {
  enum Mode {
    ON,
    OFF
  }

  record Point(int x, int y) {}

  record Segment(Point from, Point to) {}

  static class Label {
    @Override
    public String toString() {
      return "label";
    }
  }

  static Mode modeOrNull(boolean b) {
    return b ? Mode.ON : null;
  }

  public static void main(String[] args) {
    Mode m = modeOrNull(false);
    System.out.println("enum: " + m);
    Point p = null;
    System.out.println("record: " + p);
    Label l = null;
    System.out.println("object: " + l);
    System.out.println("present: " + modeOrNull(true) + " " + new Label());
    Segment s = new Segment(new Point(1, 2), null);
    System.out.println("record component: " + s);
    System.out.println(String.valueOf(l));
  }
}
