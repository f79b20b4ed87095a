package dev.jmpy.bench.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.bench.Jvm;
import dev.jmpy.bench.Project;
import dev.jmpy.bench.Stats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The processor's cost (issue 11): {@code javac} with jmpy against {@code javac -proc:none} on a
 * generated project ({@link SyntheticProject}), each compile in a fresh JVM as a command-line javac
 * is, measured as that process's CPU time (startup, JIT and GC threads included), in interleaved
 * rounds; then the same at 50, 100, 200 and 400 classes to show how the extra time grows.
 */
public final class ProcessorCpu {
  private ProcessorCpu() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(Path.of(args[1]), Path.of(args[2]), args[3].equals("jmpy"));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    report(rounds);
  }

  static void report(int rounds) throws Exception {
    Path work = Project.module().resolve("target/processor");
    System.out.println("== processor: javac with jmpy vs javac -proc:none, each compile a fresh JVM"
        + " (its process CPU time), " + Jvm.describe());
    Path src = work.resolve("src200");
    List<Path> sources = SyntheticProject.write(src, 200);
    long lines = 0;
    for (Path source : sources) {
      lines += Files.readAllLines(source).size();
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> withJmpy = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double jmpy;
      double none;
      if (round % 2 == 0) {
        jmpy = cpuSeconds(src, work.resolve("out"), true);
        none = cpuSeconds(src, work.resolve("out"), false);
      } else {
        none = cpuSeconds(src, work.resolve("out"), false);
        jmpy = cpuSeconds(src, work.resolve("out"), true);
      }
      withJmpy.add(jmpy);
      without.add(none);
      ratios.add(jmpy / none);
    }
    System.out.printf(Locale.ROOT, "200 classes, %,d lines: with jmpy %.2f s CPU, -proc:none %.2f s CPU:"
            + " ratio %.2f× (median of %d rounds; %.2f–%.2f)%n", lines, Stats.median(withJmpy),
        Stats.median(without), Stats.median(ratios), rounds, Stats.min(ratios), Stats.max(ratios));
    System.out.println("size (classes): jmpy CPU / -proc:none CPU, ratio, extra CPU per class (median of 3)");
    for (int classes : new int[] {50, 100, 200, 400}) {
      Path dir = work.resolve("src" + classes);
      SyntheticProject.write(dir, classes);
      List<Double> j = new ArrayList<>();
      List<Double> n = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        j.add(cpuSeconds(dir, work.resolve("out"), true));
        n.add(cpuSeconds(dir, work.resolve("out"), false));
      }
      double jm = Stats.median(j);
      double nm = Stats.median(n);
      System.out.printf(Locale.ROOT, "  %3d: %.2f s / %.2f s, %.2f×, %.1f ms per class%n", classes, jm, nm,
          jm / nm, (jm - nm) * 1000 / classes);
    }
  }

  private static double cpuSeconds(Path src, Path out, boolean jmpy) throws Exception {
    String output = Jvm.run(List.of("-Xmx1g"), ProcessorCpu.class, "child", src.toString(), out.toString(),
        jmpy ? "jmpy" : "none");
    for (String line : output.split("\n")) {
      if (line.startsWith("cpu ")) {
        return Long.parseLong(line.substring(4).trim()) / 1e9;
      }
    }
    throw new IllegalStateException("no cpu line:\n" + output);
  }

  /** Compiles every .java under {@code src}; prints this process's CPU time in ns. */
  static void child(Path src, Path out, boolean jmpy) throws Exception {
    compile(src, out, jmpy);
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    System.out.println("cpu " + cpu);
  }

  /** javac in this JVM, with jmpy's processor or with -proc:none. */
  public static void compile(Path src, Path out, boolean jmpy) throws IOException {
    dev.jmpy.bench.Dirs.deleteRecursively(out);
    Files.createDirectories(out);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(src)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(jarOf(MicroPython.class), jarOf(Asyncio.class)));
      List<String> options = new ArrayList<>(List.of("--release", "21", "-encoding", "UTF-8"));
      options.add(jmpy ? "-proc:full" : "-proc:none");
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (jmpy) {
        task.setProcessors(List.of(newProcessor()));
      }
      ok = task.call();
    }
    if (!ok) {
      throw new IllegalStateException("compile failed: " + diagnostics.getDiagnostics());
    }
  }

  static Processor newProcessor() {
    try {
      return (Processor) Class.forName("dev.jmpy.processor.JmpyProcessor").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
