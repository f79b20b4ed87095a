package exceptions;

import dev.jmpy.annotations.MicroPython;

/** A call or a field read on null throws NullPointerException, caught under its Java type and its supertypes. */
@MicroPython
public class NullMembers {
  static class Sensor {
    int reading = 7;

    int read() {
      return reading;
    }
  }

  static Sensor find(int pin) {
    return pin == 4 ? new Sensor() : null;
  }

  public static void main(String[] args) {
    for (int pin = 3; pin <= 4; pin++) {
      try {
        System.out.println("pin " + pin + " reads " + find(pin).read());
      } catch (NullPointerException e) {
        System.out.println("pin " + pin + " has no sensor");
      }
    }
    Sensor missing = find(5);
    try {
      System.out.println(missing.reading);
    } catch (RuntimeException e) {
      System.out.println("field of null caught as RuntimeException");
    }
    try {
      throw new NullPointerException("no config");
    } catch (NullPointerException e) {
      System.out.println("thrown: " + e.getMessage());
    }
  }
}
