package bench;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;

/** A traffic light as a state machine task; a button task asks for a pedestrian phase. */
@MicroPython
public class TrafficLight {
  enum Light { GREEN, YELLOW, RED }

  static final Event button = new Event();
  static Light light = Light.RED;
  static int cycles = 0;

  static int durationOf(Light l) {
    switch (l) {
      case GREEN:
        return 120;
      case YELLOW:
        return 60;
      default:
        return 90;
    }
  }

  @Coroutine
  static void controller() {
    while (cycles < 3) {
      light = light == Light.RED ? Light.GREEN : light == Light.GREEN ? Light.YELLOW : Light.RED;
      System.out.println("light " + light.name().toLowerCase());
      if (light == Light.RED) {
        cycles++;
        if (button.isSet()) {
          button.clear();
          System.out.println("walk");
        }
      }
      Asyncio.sleepMs(durationOf(light));
    }
  }

  @Coroutine
  static void pedestrian() {
    Asyncio.sleepMs(330);
    System.out.println("button pressed");
    button.set();
  }

  @Coroutine
  static void main2() {
    Asyncio.createTask(TrafficLight::pedestrian);
    controller();
    System.out.println("cycles " + cycles);
  }

  public static void main(String[] args) {
    Asyncio.run(TrafficLight::main2);
  }
}
