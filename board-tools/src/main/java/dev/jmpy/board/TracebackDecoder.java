package dev.jmpy.board;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites MicroPython tracebacks with Java frames: under each frame of a jmpy module,
 *
 * <pre>
 *   File "garden/plant_app.py", line 199, in execute
 *     at garden.PlantApp.execute(PlantApp.java:148)
 *   File "garden/plant_app.py", line 35, in _jdiv
 *     (jmpy helper _jdiv: the Java line is the caller's, above)
 * </pre>
 *
 * Works on a stream of text, line by line, so a running board's output can pass through it.
 */
public final class TracebackDecoder {
  private static final Pattern FRAME =
      Pattern.compile("^(\\s*)File \"([^\"]+)\", line (\\d+)(?:, in (\\S+))?\\s*$");

  private final LineMaps maps;

  public TracebackDecoder(LineMaps maps) {
    this.maps = maps;
  }

  /** {@code line} (without its line ending) and, when it is a jmpy module's frame, its Java frame. */
  public String decodeLine(String line) {
    Matcher m = FRAME.matcher(line);
    if (!m.matches()) {
      return line;
    }
    LineMaps.Origin origin = maps.origin(m.group(2), Integer.parseInt(m.group(3)));
    String indent = m.group(1) + "  ";
    return switch (origin) {
      case null -> line;
      case LineMaps.JavaFrame frame -> line + "\n" + indent + frame;
      case LineMaps.HelperFrame helper ->
          line + "\n" + indent + "(jmpy helper " + helper.name() + ": the Java line is the caller's, above)";
    };
  }

  /** Every line of {@code text} decoded. */
  public String decode(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(decodeLine(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
    }
    return out.toString();
  }
}
