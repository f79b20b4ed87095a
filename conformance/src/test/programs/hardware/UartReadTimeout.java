package hw;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.UART;
import dev.jmpy.time.Time;

/** With a 1 s timeout readline waits for the GPS's sentence; without data it gives up after it. */
@MicroPython
public class UartReadTimeout {
  public static void main(String[] args) {
    UART gps = new UART(2, 9600, 17, 16, 1000);
    for (int i = 0; i < 3; i++) {
      byte[] line = gps.readline();
      System.out.println(Time.ticksMs() + ": " + (line == null ? "timeout" : new String(line, UTF_8).strip()));
    }
  }
}
