package bench;

import dev.jmpy.annotations.MicroPython;

/** 20,000 formatted report lines built in a StringBuilder: length and last line. */
@MicroPython
public class Lines {
  static final String[] NAMES = {"temp", "humidity", "pressure", "light"};

  public static void main(String[] args) {
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      String name = NAMES[i % NAMES.length];
      int value = (i * 37) % 1000;
      report.append("row ").append(i).append(": ").append(name).append(" = ").append(value)
          .append(" (").append(value * 100 / 999).append("%)\n");
    }
    String text = report.toString();
    String last = text.substring(text.indexOf("row 19999:")).trim();
    System.out.println("length " + text.length() + ", last: " + last);
  }
}
