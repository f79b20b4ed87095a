package vending;

import dev.jmpy.annotations.MicroPython;

/** Runs a script of commands through the machine and prints each step. */
@MicroPython
public class Main {
  static final String SCRIPT =
      "select; insert 50; restock 2; insert 50; select; coin 100; SELECT; select; refund; "
          + "insert 200; select; select; dance; insert x; refund";

  public static void main(String[] args) {
    VendingMachine machine = new VendingMachine(120);
    int start = 0;
    while (start < SCRIPT.length()) {
      int end = SCRIPT.indexOf(';', start);
      if (end < 0) {
        end = SCRIPT.length();
      }
      String line = SCRIPT.substring(start, end).trim();
      Command command = CommandParser.parse(line);
      System.out.println(line + " -> " + command + " -> " + machine.handle(command)
          + " [" + machine.state() + "]");
      start = end + 1;
    }
    System.out.println("sold " + machine.sold());
  }
}
