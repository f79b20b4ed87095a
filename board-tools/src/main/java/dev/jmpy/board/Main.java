package dev.jmpy.board;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar jmpy-board-<version>-cli.jar <command> [options]}: the board loop without Maven.
 * Run {@code help} for the commands.
 */
public final class Main {
  private static final String HELP = """
      jmpy board tools: deploy a jmpy board image to a MicroPython board and run it.

      usage: java -jar jmpy-board-cli.jar <command> [options]

      commands:
        ports                 list the serial ports (the board is picked when it is the only candidate)
        deploy                copy what changed in the image to the board (see README: the manifest)
        run                   deploy, soft-reset, run main.py; stream its output with Java frames
        repl                  the board's REPL on this terminal (Ctrl-] leaves)
        watch                 run, then rebuild (--build) and redeploy on every save under --watch
        decode [file]         add Java frames to a pasted traceback (stdin when no file)
        mpy                   compile the image to .mpy (--out)
        size                  per module .py/.mpy bytes and heap after import; budgets

      options:
        --port NAME           serial port (/dev/ttyUSB0, COM3); default: the one board found
        --pty MICROPYTHON:DIR MicroPython's unix port on a pseudo-terminal as the board, files in DIR
        --image DIR           the board image (default target/classes/micropython)
        --maps DIR            line maps (default target/classes/jmpy-linemaps)
        --out DIR             the .mpy image (default target/micropython-mpy)
        -O N                  mpy-cross optimisation level 0..2 (default 0; 3 would drop line numbers)
        --mpy-cross PATH      a native mpy-cross v1.27 instead of the WebAssembly one
        --mpy DIR             size: the .mpy image to report on as well
        --micropython PATH    size: measure the heap on this unix port instead of WebAssembly
        --flash-budget BYTES  size: fail when the deployed image is larger
        --ram-budget BYTES    size: fail when the modules' heap is larger
        --build COMMAND       watch: the shell command that rebuilds the image (e.g. "./mvnw -q compile")
        --watch DIR           watch: a folder to watch (repeatable; default src/main/java)
      """;

  private Main() {}

  public static void main(String[] args) {
    try {
      System.exit(run(args));
    } catch (IOException | RuntimeException e) {
      System.err.println("jmpy: " + e.getMessage());
      System.exit(2);
    }
  }

  static int run(String[] args) throws IOException {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      System.out.print(HELP);
      return args.length == 0 ? 1 : 0;
    }
    String command = args[0];
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("-") && i + 1 < args.length) {
        options.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    Path image = Path.of(option(options, "--image", "target/classes/micropython"));
    Path maps = Path.of(option(options, "--maps", "target/classes/" + LineMaps.FOLDER));
    switch (command) {
      case "ports" -> {
        SerialTransport.describePorts().forEach(System.out::println);
        System.out.println("candidates: " + SerialTransport.candidates());
        return 0;
      }
      case "decode" -> {
        LineMaps lineMaps = LineMaps.load(List.of(maps));
        if (lineMaps.isEmpty()) {
          System.err.println("jmpy: no line maps in " + maps + " (build the project first)");
        }
        String text;
        try (InputStream in = positional.isEmpty() ? System.in
            : Files.newInputStream(Path.of(positional.get(0)))) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        System.out.print(new TracebackDecoder(lineMaps).decode(text));
        return 0;
      }
      case "mpy" -> {
        Path out = Path.of(option(options, "--out", "target/micropython-mpy"));
        List<String> compiled = compiler(options).compileImage(image, out,
            Integer.parseInt(option(options, "-O", "0")));
        System.out.println("jmpy: " + compiled.size() + " module(s) compiled to .mpy in " + out);
        return 0;
      }
      case "size" -> {
        String mpy = option(options, "--mpy", null);
        String micropython = option(options, "--micropython", null);
        SizeReport.HeapMeter meter = micropython != null
            ? SizeReport.unixPort(Path.of(micropython))
            : SizeReport.webAssembly(NodeTools.installed(System.out::println));
        SizeReport report = SizeReport.measure(image, mpy == null ? null : Path.of(mpy), meter);
        System.out.print(report.format());
        List<String> over = report.overBudget(budget(options, "--flash-budget"),
            budget(options, "--ram-budget"));
        over.forEach(problem -> System.err.println("jmpy: " + problem));
        return over.isEmpty() ? 0 : 1;
      }
      default -> {
        return boardCommand(command, options, image, maps);
      }
    }
  }

  private static int boardCommand(String command, Map<String, List<String>> options, Path image,
      Path maps) throws IOException {
    try (BoardSession board = new BoardSession(transport(options))) {
      switch (command) {
        case "deploy" -> {
          Deployer.Result result = board.deploy(image);
          result.warnings().forEach(w -> System.out.println("jmpy: warning: " + w));
          System.out.println("jmpy: " + result.summary());
          return 0;
        }
        case "run" -> {
          System.out.println("jmpy: " + board.deploy(image).summary());
          return board.runMain(System.out, new TracebackDecoder(LineMaps.load(List.of(maps))))
              ? 0 : 1;
        }
        case "repl" -> {
          System.out.println("jmpy: the board's REPL; Ctrl-] leaves");
          board.repl(System.in, System.out);
          return 0;
        }
        case "watch" -> {
          String build = option(options, "--build", null);
          if (build == null) {
            throw new IllegalArgumentException("watch needs --build \"<command that rebuilds>\"");
          }
          List<Path> watched = options.getOrDefault("--watch", List.of("src/main/java")).stream()
              .map(Path::of).toList();
          try (Watcher watcher = new Watcher(board, image, () -> decoder(maps), watched,
              () -> shell(build), System.out, System.out)) {
            watcher.loop();
          } catch (IOException | RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
          }
          return 0;
        }
        default -> throw new IllegalArgumentException("unknown command " + command + " (try help)");
      }
    }
  }

  private static TracebackDecoder decoder(Path maps) {
    try {
      return new TracebackDecoder(LineMaps.load(List.of(maps)));
    } catch (IOException e) {
      return new TracebackDecoder(new LineMaps());
    }
  }

  private static void shell(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("the build failed: " + command);
    }
  }

  private static Transport transport(Map<String, List<String>> options) throws IOException {
    String pty = option(options, "--pty", null);
    if (pty != null) {
      int colon = pty.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("--pty wants MICROPYTHON:DIR");
      }
      return ProcessTransport.micropythonOnPty(Path.of(pty.substring(0, colon)),
          Path.of(pty.substring(colon + 1)));
    }
    return SerialTransport.openOrDetect(option(options, "--port", null));
  }

  private static MpyCompiler compiler(Map<String, List<String>> options) throws IOException {
    String nativeTool = option(options, "--mpy-cross", null);
    return nativeTool != null ? MpyCompiler.nativeTool(Path.of(nativeTool))
        : MpyCompiler.webAssembly(NodeTools.installed(System.out::println));
  }

  private static Long budget(Map<String, List<String>> options, String name) {
    String value = option(options, name, null);
    return value == null ? null : Long.parseLong(value.replace("_", ""));
  }

  private static String option(Map<String, List<String>> options, String name, String fallback) {
    List<String> values = options.get(name);
    return values == null ? fallback : values.get(values.size() - 1);
  }
}
