package dev.jmpy.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a board image costs: per module its {@code .py} bytes, its {@code .mpy} bytes (when the .mpy
 * image was built) and the heap it takes once imported, measured on real MicroPython 1.27; and the
 * totals: the flash the deployed image takes, and the heap of all modules imported together.
 *
 * <p>A module's heap is measured in a fresh interpreter: {@code asyncio} (frozen into the firmware)
 * and the image's modules it imports are imported first, then {@code gc.collect(); a =
 * gc.mem_alloc(); import m; gc.collect(); gc.mem_alloc() - a}. So a module's figure is its own
 * functions, classes, constants and globals, including the helpers jmpy wrote into it. Firmware
 * modules the host's port lacks ({@code machine}, ...) are stand-ins imported before measuring.
 */
public final class SizeReport {
  /** One module's figures; {@code mpyBytes} is -1 without a .mpy image. */
  public record Module(String path, long pyBytes, long mpyBytes, long heapBytes) {}

  private final List<Module> modules;
  private final long flashBytes;
  private final long heapTotal;
  private final String measuredOn;
  private final boolean mpy;

  private SizeReport(List<Module> modules, long flashBytes, long heapTotal, String measuredOn,
      boolean mpy) {
    this.modules = modules;
    this.flashBytes = flashBytes;
    this.heapTotal = heapTotal;
    this.measuredOn = measuredOn;
    this.mpy = mpy;
  }

  public List<Module> modules() {
    return modules;
  }

  /** The bytes of the image that is deployed (the .mpy one when built). */
  public long flashBytes() {
    return flashBytes;
  }

  /** The heap of all modules imported together. */
  public long heapTotal() {
    return heapTotal;
  }

  /** Runs Python snippets on a fresh MicroPython each, with the image importable. */
  public interface HeapMeter {
    /** Each snippet's standard output, by id. */
    Map<String, String> run(Path image, Map<String, String> snippets) throws IOException;

    String description();
  }

  /** MicroPython's unix port (a 64-bit build: its objects are larger than an ESP32's). */
  public static HeapMeter unixPort(Path micropython) {
    return new HeapMeter() {
      @Override
      public Map<String, String> run(Path image, Map<String, String> snippets) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> snippet : snippets.entrySet()) {
          Process p = new ProcessBuilder(micropython.toString(), "-c", snippet.getValue())
              .directory(image.toFile()).redirectErrorStream(true).start();
          String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          try {
            if (p.waitFor() != 0) {
              throw new IOException("MicroPython failed measuring " + snippet.getKey() + ":\n" + text);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
          }
          out.put(snippet.getKey(), text);
        }
        return out;
      }

      @Override
      public String description() {
        return "MicroPython 1.27 unix port (" + micropython + ")";
      }
    };
  }

  /** MicroPython 1.27 as WebAssembly, a 32-bit port: objects of an ESP32's size. */
  public static HeapMeter webAssembly(NodeTools node) {
    return new HeapMeter() {
      @Override
      public Map<String, String> run(Path image, Map<String, String> snippets) throws IOException {
        List<String> jobs = new ArrayList<>();
        snippets.forEach((id, code) -> jobs.add("{\"id\": " + Json.string(id) + ", \"code\": "
            + Json.string(code) + "}"));
        String input = "{\"image\": " + Json.string(image.toAbsolutePath().toString())
            + ", \"jobs\": " + Json.array(jobs) + "}";
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : node.run("run-wasm.mjs", input, 600).lines().toList()) {
          Map<String, Object> result = Json.object(line);
          if (!Boolean.TRUE.equals(result.get("ok"))) {
            throw new IOException("MicroPython failed measuring " + result.get("id") + ":\n"
                + result.get("stdout") + result.get("error"));
          }
          out.put((String) result.get("id"), (String) result.get("stdout"));
        }
        return out;
      }

      @Override
      public String description() {
        return "MicroPython 1.27 WebAssembly (32-bit, as an ESP32)";
      }
    };
  }

  /**
   * Measures {@code pyImage} and, when not null, its .mpy build {@code mpyImage} (then the heap is
   * measured with the .mpy modules, which are what a deploy copies).
   */
  public static SizeReport measure(Path pyImage, Path mpyImage, HeapMeter meter) throws IOException {
    Map<String, byte[]> py = Deployer.readImage(pyImage);
    Map<String, byte[]> compiled = mpyImage == null ? Map.of() : Deployer.readImage(mpyImage);
    Path deployed = mpyImage == null ? pyImage : mpyImage;
    List<String> paths = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : py.entrySet()) {
      String path = file.getKey();
      if (path.endsWith(".py") && !path.equals("main.py") && !path.equals("boot.py")
          && !(path.endsWith("__init__.py") && file.getValue().length == 0)) {
        paths.add(path);
      }
    }
    Map<String, String> snippets = new LinkedHashMap<>();
    for (String path : paths) {
      String code = new String(py.get(path), StandardCharsets.UTF_8);
      StringBuilder s = new StringBuilder(BOARD_MODULE_STAND_INS + "import gc\nimport asyncio\n");
      for (String dep : imports(code, py.keySet())) {
        if (!dep.equals(moduleName(path))) {
          s.append("__import__(").append(Deployer.pyString(dep)).append(")\n");
        }
      }
      s.append(measured("__import__(" + Deployer.pyString(moduleName(path)) + ")\n"));
      snippets.put(path, s.toString());
    }
    StringBuilder all = new StringBuilder();
    for (String path : paths) {
      all.append("__import__(").append(Deployer.pyString(moduleName(path))).append(")\n");
    }
    snippets.put("*", BOARD_MODULE_STAND_INS + "import gc\nimport asyncio\n"
        + measured(all.toString()));
    Map<String, String> outputs = meter.run(deployed, snippets);

    List<Module> modules = new ArrayList<>();
    for (String path : paths) {
      byte[] mpyBytes = compiled.get(path.substring(0, path.length() - 3) + ".mpy");
      modules.add(new Module(path, py.get(path).length, mpyBytes == null ? -1 : mpyBytes.length,
          lastNumber(outputs.get(path), path)));
    }
    long flash = 0;
    for (byte[] bytes : (mpyImage == null ? py : compiled).values()) {
      flash += bytes.length;
    }
    return new SizeReport(modules, flash, lastNumber(outputs.get("*"), "all modules"),
        meter.description(), mpyImage != null);
  }

  /**
   * Imported first in each measurement: the ESP32 firmware's own modules that the host's port
   * lacks ({@code machine}, {@code network}, ...) become stand-in objects, so the image's modules
   * import; their heap is the firmware's, not the image's, and is not counted either way.
   */
  static final String BOARD_MODULE_STAND_INS = """
      import sys
      class _JmpyStandIn:
          def __getattr__(self, name):
              return _JmpyStandIn()
          def __call__(self, *args, **kwargs):
              return _JmpyStandIn()
      for _jmpy_name in ('machine', 'network', 'esp', 'esp32', 'neopixel', 'bluetooth', 'espnow',
                         'onewire', 'ds18x20', 'dht', 'webrepl', 'ntptime', 'framebuf', 'btree'):
          try:
              __import__(_jmpy_name)
          except ImportError:
              sys.modules[_jmpy_name] = _JmpyStandIn()
      """;

  private static String measured(String imports) {
    return "gc.collect()\n_jmpy_before = gc.mem_alloc()\n" + imports
        + "gc.collect()\nprint(gc.mem_alloc() - _jmpy_before)\n";
  }

  private static long lastNumber(String output, String what) throws IOException {
    List<String> lines = output == null ? List.of() : output.strip().lines().toList();
    try {
      return Long.parseLong(lines.get(lines.size() - 1).strip());
    } catch (RuntimeException e) {
      throw new IOException("no heap figure for " + what + ": " + output);
    }
  }

  static String moduleName(String path) {
    String name = path.substring(0, path.length() - 3);
    if (name.endsWith("/__init__")) {
      name = name.substring(0, name.length() - "/__init__".length());
    }
    return name.replace('/', '.');
  }

  private static final Pattern IMPORT =
      Pattern.compile("^\\s*(?:import\\s+([\\w.]+)|from\\s+([\\w.]+)\\s+import\\s+(\\w+))", Pattern.MULTILINE);

  /** The image's modules that {@code code} imports (anywhere: late imports run at import too). */
  static Set<String> imports(String code, Set<String> files) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = IMPORT.matcher(code);
    while (m.find()) {
      List<String> candidates = m.group(1) != null ? List.of(m.group(1))
          : List.of(m.group(2) + "." + m.group(3), m.group(2));
      for (String candidate : candidates) {
        String file = candidate.replace('.', '/');
        if (files.contains(file + ".py") || files.contains(file + "/__init__.py")) {
          found.add(candidate);
          break;
        }
      }
    }
    return found;
  }

  /** The report as a table, for the build's log. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-40s %10s %10s %12s%n", "module", ".py bytes",
        mpy ? ".mpy bytes" : "", "heap bytes"));
    long py = 0;
    long mpyTotal = 0;
    for (Module m : modules) {
      out.append(String.format("%-40s %,10d %10s %,12d%n", m.path(), m.pyBytes(),
          m.mpyBytes() < 0 ? "" : String.format("%,d", m.mpyBytes()), m.heapBytes()));
      py += m.pyBytes();
      mpyTotal += Math.max(0, m.mpyBytes());
    }
    out.append(String.format("%-40s %,10d %10s %,12d%n", "total (all modules imported together)",
        py, mpy ? String.format("%,d", mpyTotal) : "", heapTotal));
    out.append(String.format("flash: %,d bytes (the %s image as deployed), heap measured on %s%n",
        flashBytes, mpy ? ".mpy" : ".py", measuredOn));
    return out.toString();
  }

  /**
   * What exceeds the budgets (null: no budget), each with its figures and what to look at; empty when
   * within.
   */
  public List<String> overBudget(Long flashBudget, Long ramBudget) {
    List<String> problems = new ArrayList<>();
    if (flashBudget != null && flashBytes > flashBudget) {
      problems.add(String.format("the board image takes %,d bytes of flash, over the budget of %,d"
          + " (jmpy.flashBudget) by %,d; largest modules: %s", flashBytes, flashBudget,
          flashBytes - flashBudget, largest(m -> mpy ? Math.max(m.mpyBytes(), 0) : m.pyBytes())));
    }
    if (ramBudget != null && heapTotal > ramBudget) {
      problems.add(String.format("the modules take %,d bytes of heap once imported, over the budget"
          + " of %,d (jmpy.ramBudget) by %,d; largest modules: %s", heapTotal, ramBudget,
          heapTotal - ramBudget, largest(Module::heapBytes)));
    }
    return problems;
  }

  private String largest(java.util.function.ToLongFunction<Module> size) {
    return String.join(", ", modules.stream()
        .sorted(Comparator.comparingLong(size).reversed())
        .limit(3)
        .map(m -> String.format("%s %,d", m.path(), size.applyAsLong(m)))
        .toList());
  }
}
