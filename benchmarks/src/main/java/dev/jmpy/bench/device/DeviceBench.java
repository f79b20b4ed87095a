package dev.jmpy.bench.device;

import dev.jmpy.bench.Project;
import dev.jmpy.bench.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The MicroPython figures of issue 11, generated versus hand-written, on the unix port:
 *
 * <ul>
 *   <li>{@code cpu}: each program of {@code src/programs/cpu} compiled by jmpy, and its hand-written
 *       counterpart in {@code src/handwritten/cpu/<name>}, run interleaved (generated first in even
 *       rounds, hand-written first in odd ones); the median of the per-round time ratios, and the
 *       heap each needs (the smallest {@code -X heapsize} that runs it);
 *   <li>{@code asyncio}: the programs of {@code src/programs/asyncio} and the samples: bundle size
 *       (.mpy modules and main.py) and heap left allocated after import and run, against the
 *       hand-written ones.
 * </ul>
 *
 * Every program must print the same on the JVM, generated and hand-written; a difference stops the
 * run. Times come from {@code time.ticks_us} inside the interpreter, around {@code import main}.
 */
public final class DeviceBench {
  /** The heap for timing runs: large enough for every generated program. */
  static final long TIMING_HEAP = 16L << 20;

  private final UnixBoard board;
  private final Path work;

  private DeviceBench(UnixBoard board, Path work) {
    this.board = board;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "all";
    int rounds = 5;
    boolean heap = true;
    String only = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--no-heap" -> heap = false;
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path tools = Project.microPythonTools();
    if (tools == null) {
      System.out.println(Project.microPythonMissing());
      return;
    }
    Path work = Project.module().resolve("target/device");
    Files.createDirectories(work);
    DeviceBench bench = new DeviceBench(new UnixBoard(tools), work);
    if (what.equals("all") || what.equals("cpu")) {
      bench.cpu(rounds, heap, only);
    }
    if (what.equals("all") || what.equals("asyncio")) {
      bench.sizes(only);
    }
  }

  /** One program: its Java source and its hand-written board image (null: none). */
  record Program(String name, Path java, Path handwritten) {
    String mainClass() {
      return "bench." + java.getFileName().toString().replace(".java", "");
    }
  }

  static List<Program> programs(String area) throws IOException {
    Path sources = Project.module().resolve("src/programs").resolve(area);
    List<Program> programs = new ArrayList<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path java : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String simple = java.getFileName().toString().replace(".java", "");
        String name = simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        Path hand = Project.module().resolve("src/handwritten").resolve(area).resolve(name);
        programs.add(new Program(name, java, Files.isDirectory(hand) ? hand : null));
      }
    }
    return programs;
  }

  // ------------------------------------------------------------------ CPU

  private void cpu(int rounds, boolean measureHeap, String only) throws Exception {
    System.out.printf(Locale.ROOT, "== CPU-bound device code: generated vs hand-written MicroPython (unix port"
        + " v1.27, .mpy, -X heapsize=16M for timing; %d interleaved rounds, median of per-round ratios)%n", rounds);
    List<Program> programs = programs("cpu");
    Map<Program, Path[]> bundles = new LinkedHashMap<>();
    Map<Program, String> outputs = new LinkedHashMap<>();
    for (Program program : programs) {
      if (only != null && !program.name().contains(only)) {
        continue;
      }
      BoardImage image = BoardImage.compile(program.java(), work.resolve("cpu/" + program.name() + "/classes"));
      String jvm = image.runOnJvm(program.mainClass(), false);
      Path gen = board.bundle(image.micropython(), work.resolve("cpu/" + program.name() + "/generated"));
      Path hand = board.bundle(program.handwritten(), work.resolve("cpu/" + program.name() + "/handwritten"));
      UnixBoard.Run genRun = checked(board.run(gen, TIMING_HEAP, 300), program, "generated");
      UnixBoard.Run handRun = checked(board.run(hand, TIMING_HEAP, 300), program, "hand-written");
      requireSame(program, jvm, genRun.stdout(), handRun.stdout());
      bundles.put(program, new Path[] {gen, hand});
      outputs.put(program, genRun.stdout());
    }
    Map<Program, List<Double>> ratios = new LinkedHashMap<>();
    Map<Program, List<Double>> genTimes = new LinkedHashMap<>();
    Map<Program, List<Double>> handTimes = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<Program, Path[]> entry : bundles.entrySet()) {
        Program program = entry.getKey();
        UnixBoard.Run gen;
        UnixBoard.Run hand;
        if (round % 2 == 0) {
          gen = checked(board.run(entry.getValue()[0], TIMING_HEAP, 300), program, "generated");
          hand = checked(board.run(entry.getValue()[1], TIMING_HEAP, 300), program, "hand-written");
        } else {
          hand = checked(board.run(entry.getValue()[1], TIMING_HEAP, 300), program, "hand-written");
          gen = checked(board.run(entry.getValue()[0], TIMING_HEAP, 300), program, "generated");
        }
        ratios.computeIfAbsent(program, p -> new ArrayList<>()).add((double) gen.micros() / hand.micros());
        genTimes.computeIfAbsent(program, p -> new ArrayList<>()).add(gen.micros() / 1e6);
        handTimes.computeIfAbsent(program, p -> new ArrayList<>()).add(hand.micros() / 1e6);
      }
    }
    System.out.printf(Locale.ROOT, "%-9s %11s %13s %22s   %s%n", "program", "generated", "hand-written",
        "ratio (min-max)", measureHeap ? "heap needed: generated / hand-written (ratio)" : "");
    for (Program program : bundles.keySet()) {
      List<Double> r = ratios.get(program);
      String heapText = "";
      if (measureHeap) {
        Path[] pair = bundles.get(program);
        long timeout = 30 + 20 * (long) Stats.max(genTimes.get(program));
        long genHeap = board.heapNeeded(pair[0], outputs.get(program), TIMING_HEAP, timeout);
        long handHeap = board.heapNeeded(pair[1], outputs.get(program), TIMING_HEAP, timeout);
        heapText = String.format(Locale.ROOT, "%,d KiB / %,d KiB (%.2f×)", genHeap >> 10, handHeap >> 10,
            (double) genHeap / handHeap);
      }
      System.out.printf(Locale.ROOT, "%-9s %9.3f s %11.3f s %8.2f× (%.2f–%.2f)   %s%n", program.name(),
          Stats.median(genTimes.get(program)), Stats.median(handTimes.get(program)), Stats.median(r),
          Stats.min(r), Stats.max(r), heapText);
    }
  }

  // ------------------------------------------------------------------ sizes

  private void sizes(String only) throws Exception {
    System.out.println("== bundle size (.mpy modules + main.py) and heap after import and run"
        + " (gc.mem_alloc after gc.collect, less the heap before the import; unix port, -X heapsize=16M)");
    System.out.printf(Locale.ROOT, "%-22s %19s %19s %19s%n", "program", ".mpy bytes gen/hand",
        "source bytes gen/hand", "heap after gen/hand");
    long[] totals = new long[6];
    for (Program program : programs("asyncio")) {
      if (only != null && !program.name().contains(only)) {
        continue;
      }
      BoardImage image = BoardImage.compile(program.java(), work.resolve("asyncio/" + program.name() + "/classes"));
      String jvm = image.runOnJvm(program.mainClass(), true);
      Path gen = board.bundle(image.micropython(), work.resolve("asyncio/" + program.name() + "/generated"));
      Path hand = board.bundle(program.handwritten(), work.resolve("asyncio/" + program.name() + "/handwritten"));
      UnixBoard.Run genRun = runExpecting(gen, jvm, program, "generated");
      UnixBoard.Run handRun = runExpecting(hand, jvm, program, "hand-written");
      requireSame(program, jvm, genRun.stdout(), handRun.stdout());
      long[] row = {UnixBoard.bundleBytes(gen), UnixBoard.bundleBytes(hand),
          UnixBoard.sourceBytes(image.micropython()), UnixBoard.sourceBytes(program.handwritten()),
          genRun.heapAfter(), handRun.heapAfter()};
      for (int i = 0; i < row.length; i++) {
        totals[i] += row[i];
      }
      printSizeRow(program.name(), row);
    }
    printSizeRow("total (asyncio)", totals);
    System.out.println("samples (their target/classes/micropython: ./mvnw install first; hand-written in"
        + " src/handwritten/samples; web-server is not run, it serves forever):");
    long[] sampleTotals = new long[6];
    for (String sample : List.of("seed-asyncio", "vending-machine", "sensor-app", "web-server")) {
      Path image = Project.root().resolve("samples").resolve(sample).resolve("target/classes/micropython");
      Path handImage = Project.module().resolve("src/handwritten/samples").resolve(sample);
      if (!Files.isDirectory(image) || !Files.isDirectory(handImage)) {
        System.out.println("  " + sample + ": not built, or no hand-written version");
        continue;
      }
      Path gen = board.bundle(image, work.resolve("samples/" + sample + "/generated"));
      Path hand = board.bundle(handImage, work.resolve("samples/" + sample + "/handwritten"));
      long genHeap = 0;
      long handHeap = 0;
      if (!sample.equals("web-server")) {
        Program program = new Program(sample, null, handImage);
        UnixBoard.Run genRun = checked(board.run(gen, TIMING_HEAP, 60), program, "generated");
        UnixBoard.Run handRun = checked(board.run(hand, TIMING_HEAP, 60), program, "hand-written");
        requireSame(program, genRun.stdout(), genRun.stdout(), handRun.stdout());
        genHeap = genRun.heapAfter();
        handHeap = handRun.heapAfter();
      }
      long[] row = {UnixBoard.bundleBytes(gen), UnixBoard.bundleBytes(hand), UnixBoard.sourceBytes(image),
          UnixBoard.sourceBytes(handImage), genHeap, handHeap};
      for (int i = 0; i < row.length; i++) {
        sampleTotals[i] += row[i];
      }
      printSizeRow(sample, row);
    }
    printSizeRow("total (samples)", sampleTotals);
  }

  private static void printSizeRow(String name, long[] row) {
    String heap = row[5] == 0 ? "not run" : String.format(Locale.ROOT, "%,7d / %,6d %4.2f×", row[4], row[5],
        (double) row[4] / row[5]);
    System.out.printf(Locale.ROOT, "%-22s %,7d / %,6d %4.2f× %,7d / %,6d %4.2f× %s%n", name,
        row[0], row[1], (double) row[0] / row[1], row[2], row[3], (double) row[2] / row[3], heap);
  }

  // ------------------------------------------------------------------ checks

  /**
   * A run of an asyncio program, which runs in real time on the board: on a loaded machine a
   * process can stall past a deadline, so a run whose output differs is tried again, up to 3 times.
   */
  private UnixBoard.Run runExpecting(Path bundle, String expected, Program program, String side)
      throws IOException, InterruptedException {
    UnixBoard.Run run = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      run = checked(board.run(bundle, TIMING_HEAP, 60), program, side);
      if (run.stdout().equals(expected)) {
        return run;
      }
    }
    return run;
  }

  private static UnixBoard.Run checked(UnixBoard.Run run, Program program, String side) {
    if (!run.ok() || run.micros() < 0) {
      throw new IllegalStateException(program.name() + " (" + side + ") failed on MicroPython: exit "
          + run.exit() + (run.timedOut() ? " (timed out)" : "") + "\n" + run.stdout() + run.stderr());
    }
    return run;
  }

  private static void requireSame(Program program, String jvm, String generated, String handwritten) {
    if (!jvm.equals(generated) || !generated.equals(handwritten)) {
      throw new IllegalStateException(program.name() + ": the outputs differ\n--- JVM\n" + jvm
          + "--- generated\n" + generated + "--- hand-written\n" + handwritten);
    }
  }
}
