package app;

import dev.jmpy.annotations.MicroPython;
import sensors.Average;
import sensors.SensorHw;

/**
 * Uses a class and a {@code @PyModule} stub from another Maven module (the sensor-lib jar) in typed
 * expressions: jmpy must know that {@code avg.count()} is an int to divide it as Java does, and
 * what the stub's methods return to print them as Java does.
 */
@MicroPython
public class SensorApp {
  public static void main(String[] args) {
    Average avg = new Average();
    for (int channel = 0; channel < 5; channel++) {
      int raw = SensorHw.readRaw(channel);
      avg.add(raw);
      System.out.println(SensorHw.label(channel) + " = " + raw + ", half = " + raw / 2
          + ", negated half = " + -raw / 2);
    }
    System.out.println("count / 2 = " + avg.count() / 2 + ", -count / 2 = " + -avg.count() / 2);
    System.out.println("total " + avg.total() + " " + avg + " " + (avg.total() % 7 - 7) % 3);
    System.out.println(SensorHw.label(avg.mean() / 1000) + (SensorHw.readRaw(9) > avg.mean()));
  }
}
