import dev.jmpy.annotations.MicroPython;

@MicroPython
public class Report {
  static int reads;

  static int next() {
    return ++reads;
  }

  static String report(String[] names, int rows) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      String name = names[i % names.length];
      int value = (i * 37) % 1000;
      sb.append("row ").append(i).append(": ").append(name).append(" = ").append(value)
          .append(" (").append(value * 100 / 999).append("%)\n");
    }
    sb.append("reads ").append(next()).append(", length ").append(sb.length()).append('\n');
    return sb.toString();
  }

  static String label(char unit, boolean on, long total, int parts) {
    String summary = new StringBuilder().append(total).append(unit).append(on ? " on" : " off")
        .toString();
    return "total " + total + unit + " in " + parts + " parts, " + summary + "; avg " + total / parts;
  }
}
