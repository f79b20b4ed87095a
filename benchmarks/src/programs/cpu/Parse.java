package bench;

import dev.jmpy.annotations.MicroPython;

/**
 * Parses 16,000 "sensor,reading,flag" records (a log as a device receives it), skipping comments
 * and malformed lines, and totals the readings of the flagged ones.
 */
@MicroPython
public class Parse {
  static String makeLog() {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 16_000; i++) {
      if (i % 97 == 0) {
        log.append("# checkpoint ").append(i).append('\n');
      } else if (i % 211 == 0) {
        log.append("garbage line\n");
      } else {
        log.append("s").append(i % 13).append(',').append((i * 7919) % 4000 - 1000).append(',')
            .append(i % 3 == 0 ? "ok" : "skip").append('\n');
      }
    }
    return log.toString();
  }

  public static void main(String[] args) {
    String log = makeLog();
    int records = 0;
    int flagged = 0;
    long total = 0;
    int bad = 0;
    for (String line : log.split("\n")) {
      line = line.trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(",");
      if (fields.length != 3) {
        bad++;
        continue;
      }
      records++;
      int reading = Integer.parseInt(fields[1]);
      if (fields[2].equals("ok") && fields[0].startsWith("s")) {
        flagged++;
        total += reading;
      }
    }
    System.out.println("records " + records + ", flagged " + flagged + ", total " + total + ", bad " + bad);
  }
}
