package dev.jmpy.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The line maps jmpy's processor writes beside the board image, {@code
 * target/classes/jmpy-linemaps/<module>.py.map}: for each module, Python line to Java class, method
 * and line (format in the processor's {@code LineMapText}). Read on the host only.
 */
public final class LineMaps {
  /** The folder of line maps below a class output directory. */
  public static final String FOLDER = "jmpy-linemaps";

  /** Where a Python line comes from. */
  public sealed interface Origin {}

  /** A line translated from Java: a JVM stack frame. */
  public record JavaFrame(String className, String method, String file, int line) implements Origin {
    /** As a JVM prints it: {@code at garden.PlantApp.execute(PlantApp.java:148)}. */
    @Override
    public String toString() {
      return "at " + className + "." + method + "(" + file + ":" + line + ")";
    }
  }

  /** A line of one of jmpy's helper functions; its Java line is its caller's. */
  public record HelperFrame(String name) implements Origin {}

  private final Map<String, Map<Integer, Origin>> modules = new HashMap<>();

  /** No maps: decoding leaves every frame as it is. */
  public LineMaps() {}

  /** The maps under each of {@code folders} that exists (e.g. {@code target/classes/jmpy-linemaps}). */
  public static LineMaps load(List<Path> folders) throws IOException {
    LineMaps maps = new LineMaps();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".map")).toList()) {
          maps.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return maps;
  }

  /** Adds one map file's text. */
  public void add(String text) {
    String module = null;
    String javaFile = "";
    Map<Integer, Origin> lines = new TreeMap<>();
    for (String line : text.lines().toList()) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split(" ");
      if (parts[0].equals("module")) {
        module = parts[1];
      } else if (parts[0].equals("java")) {
        javaFile = parts[1].substring(parts[1].lastIndexOf('/') + 1);
      } else if (parts.length == 3 && parts[1].equals("helper")) {
        lines.put(Integer.parseInt(parts[0]), new HelperFrame(parts[2]));
      } else if (parts.length == 4) {
        lines.put(Integer.parseInt(parts[0]),
            new JavaFrame(parts[2], parts[3], javaFile, Integer.parseInt(parts[1])));
      }
    }
    if (module != null) {
      modules.put(module, lines);
    }
  }

  /** Whether no map was loaded. */
  public boolean isEmpty() {
    return modules.isEmpty();
  }

  /**
   * The origin of line {@code line} of the module a traceback names {@code file} (as a board names
   * it: {@code garden/plant_app.py}, maybe below a longer path, or as {@code .mpy}); null when
   * unknown.
   */
  public Origin origin(String file, int line) {
    String module = file.replace('\\', '/');
    while (module.startsWith("/") || module.startsWith("./")) {
      module = module.substring(module.startsWith("/") ? 1 : 2);
    }
    if (module.endsWith(".mpy")) {
      module = module.substring(0, module.length() - 4) + ".py";
    }
    // A board names a module by the path it imported it from: "fail/deep.py" from its root, or a
    // longer path ("/lib/fail/deep.py", "/tmp/x/fail/deep.py" on the unix port): match the end.
    while (true) {
      Map<Integer, Origin> lines = modules.get(module);
      if (lines != null) {
        return lines.get(line);
      }
      int slash = module.indexOf('/');
      if (slash < 0) {
        return null;
      }
      module = module.substring(slash + 1);
    }
  }
}
