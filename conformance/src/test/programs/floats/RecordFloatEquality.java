package floats;

import dev.jmpy.annotations.MicroPython;

/** A record compares float components as Float.compare does (NaN equals NaN, 0.0 not -0.0), Float ones as Objects.equals. */
@MicroPython
public class RecordFloatEquality {
  record Sample(float value, Float offset) {}

  public static void main(String[] args) {
    float nan = 0.0f / 0.0f;
    System.out.println(new Sample(nan, null).equals(new Sample(nan, null)));
    System.out.println(new Sample(0.0f, 1.5f).equals(new Sample(-0.0f, 1.5f)));
    System.out.println(new Sample(2.5f, nan).equals(new Sample(2.5f, nan)));
    System.out.println(new Sample(2.5f, 0.0f).equals(new Sample(2.5f, -0.0f)));
    System.out.println(new Sample(2.5f, null).equals(new Sample(2.5f, 0.0f)));
    System.out.println(new Sample(2.5f, 3.0f).equals(new Sample(2.5f, null)));
    System.out.println(new Sample(1.25f, 3.0f).equals(new Sample(1.25f, 3.0f)));
  }
}
