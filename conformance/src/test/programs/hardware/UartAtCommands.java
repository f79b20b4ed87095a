package hw;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.UART;
import dev.jmpy.time.Time;

/** A line protocol: AT commands to a modem on UART 1, each answer read after a short wait. */
@MicroPython
public class UartAtCommands {
  static String ask(UART uart, String command) {
    uart.write(command + "\r\n");
    Time.sleepMs(20);
    byte[] line = uart.readline();
    return line == null ? "(no answer)" : new String(line, UTF_8).strip();
  }

  public static void main(String[] args) {
    UART uart = new UART(1, 9600, 17, 16);
    System.out.println("nothing yet: " + (uart.read() == null));
    System.out.println("AT -> " + ask(uart, "AT"));
    System.out.println("AT+CSQ -> " + ask(uart, "AT+CSQ"));
    System.out.println("AT+X -> " + ask(uart, "AT+X"));
    System.out.println("waiting " + uart.any());
  }
}
