package dev.jmpy.bench.runtime;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.internal.EventLoop;
import dev.jmpy.bench.Stats;
import dev.jmpy.bench.Jvm;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JVM runtime's figures of issue 11, each case in a fresh JVM (so memory and first-run costs
 * are those a test JVM sees): task switches/s, N tasks awaiting one Event then sleeping (wall
 * time, live heap while all N wait, peak RSS, and whether it completes within a 1.5 GB heap), and
 * the one-hour virtual sleep as the first run of a JVM. Prints one line per figure.
 */
public final class RuntimeFigures {
  private RuntimeFigures() {}

  /** Heap limit of the "fits" check: the 1.5 GB goal. */
  static final String GOAL_HEAP = "-Xmx1536m";

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args);
      return;
    }
    report();
  }

  static void report() throws Exception {
    System.out.println("== JVM runtime (each case in a fresh JVM; virtual time; " + Jvm.describe() + ")");
    List<Double> rates = new ArrayList<>();
    for (int fork = 0; fork < 3; fork++) {
      rates.addAll(parseAll(Jvm.run(List.of("-Xmx1g"), RuntimeFigures.class, "child", "switches")));
    }
    System.out.printf(Locale.ROOT,
        "task switches (2 tasks ping-pong, 200k switches/run, 3 JVMs x 7 runs): median %.2f M/s, best %.2f M/s%n",
        Stats.median(rates) / 1e6, Stats.max(rates) / 1e6);
    List<Double> one = new ArrayList<>();
    for (int fork = 0; fork < 2; fork++) {
      one.addAll(parseAll(Jvm.run(
          List.of("-Xmx1g", "-Djdk.virtualThreadScheduler.parallelism=2"), RuntimeFigures.class, "child", "switches")));
    }
    // The runtime asks for one carrier unless the property is set: two is how it ran before.
    System.out.printf(Locale.ROOT,
        "task switches with two carrier threads (-Djdk.virtualThreadScheduler.parallelism=2): median %.2f M/s%n",
        Stats.median(one) / 1e6);
    for (int n : new int[] {100_000, 1_000_000}) {
      String big = Jvm.run(List.of("-Xmx6g"), RuntimeFigures.class, "child", "fanout", Integer.toString(n));
      System.out.println(fanOutLine(n, big, "-Xmx6g"));
      String fits = Jvm.runAllowingFailure(List.of(GOAL_HEAP), RuntimeFigures.class, "child", "fanout",
          Integer.toString(n));
      System.out.println("    with " + GOAL_HEAP + ": " + (fits.contains("fanout ") ? fanOutShort(fits)
          : "does not complete (" + lastLine(fits) + ")"));
    }
    List<Double> cold = new ArrayList<>();
    List<Double> coldCpu = new ArrayList<>();
    for (int fork = 0; fork < 10; fork++) {
      String out = Jvm.run(List.of("-Xmx256m"), RuntimeFigures.class, "child", "hour");
      cold.addAll(parseAll(out));
      coldCpu.addAll(parseAll(out.replace("value ", "wall ").replace("cpu ", "value ")));
    }
    System.out.printf(Locale.ROOT,
        "one-hour virtual sleep, first run of a fresh JVM (10 JVMs): median %.1f ms (min %.1f, max %.1f);"
            + " CPU of the JVM meanwhile, all threads: median %.1f ms%n",
        Stats.median(cold), Stats.min(cold), Stats.max(cold), Stats.median(coldCpu));
  }

  private static String fanOutLine(int n, String out, String heap) {
    return String.format(Locale.ROOT, "%,d tasks awaiting one Event then sleeping (%s): %s", n, heap,
        fanOutShort(out));
  }

  private static String fanOutShort(String out) {
    for (String line : out.split("\n")) {
      if (line.startsWith("fanout ")) {
        String[] f = line.split(" ");
        // fanout <n> <wallMs> <liveBytes> <rssBytes> <processCpuSeconds>
        long n = Long.parseLong(f[1]);
        double wall = Double.parseDouble(f[2]);
        long live = Long.parseLong(f[3]);
        long rss = Long.parseLong(f[4]);
        double cpu = Double.parseDouble(f[5]);
        return String.format(Locale.ROOT,
            "%.2f s wall (the JVM's CPU time %.1f s, start-up and GC included), live heap while all"
                + " wait %,d MB (%,d B per task), peak RSS %,d MB",
            wall / 1000, cpu, live >> 20, live / n, rss >> 20);
      }
    }
    throw new IllegalStateException("no fanout line in:\n" + out);
  }

  private static String lastLine(String out) {
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1];
  }

  private static List<Double> parseAll(String out) {
    List<Double> values = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("value ")) {
        values.add(Double.parseDouble(line.substring(6).trim()));
      }
    }
    if (values.isEmpty()) {
      throw new IllegalStateException("no values in:\n" + out);
    }
    return values;
  }

  // ------------------------------------------------------------------ children

  private static void child(String[] args) throws Exception {
    switch (args[1]) {
      case "switches" -> {
        EventLoop.useVirtualTime();
        for (int i = 0; i < 3; i++) {
          pingPong();
        }
        for (int i = 0; i < 7; i++) {
          long t0 = System.nanoTime();
          pingPong();
          long dt = System.nanoTime() - t0;
          System.out.println("value " + RuntimeBenchmarks.SWITCHES / (dt / 1e9));
        }
      }
      case "fanout" -> {
        int n = Integer.parseInt(args[2]);
        EventLoop.useVirtualTime();
        long[] live = {0};
        long[] probeNanos = {0};
        long t0 = System.nanoTime();
        fanOut(n, () -> {
          long p0 = System.nanoTime();
          live[0] = liveHeap();
          probeNanos[0] = System.nanoTime() - p0;
        });
        double wallMs = (System.nanoTime() - t0 - probeNanos[0]) / 1e6;
        System.out.printf(Locale.ROOT, "fanout %d %.1f %d %d %.1f%n", n, wallMs, live[0], peakRss(),
            processCpuSeconds());
      }
      case "hour" -> {
        double cpu0 = processCpuSeconds();
        long t0 = System.nanoTime();
        EventLoop.useVirtualTime();
        Asyncio.run(() -> Asyncio.sleep(3600));
        double ms = (System.nanoTime() - t0) / 1e6;
        if (EventLoop.nowMs() != 3_600_000) {
          throw new IllegalStateException("virtual clock at " + EventLoop.nowMs());
        }
        System.out.println("value " + ms);
        System.out.println("cpu " + (processCpuSeconds() - cpu0) * 1000);
      }
      default -> throw new IllegalArgumentException(args[1]);
    }
  }

  private static void pingPong() {
    Asyncio.run(() -> {
      Asyncio.gather(
          () -> RuntimeBenchmarks.yieldMany(RuntimeBenchmarks.SWITCHES / 2),
          () -> RuntimeBenchmarks.yieldMany(RuntimeBenchmarks.SWITCHES / 2));
    });
  }

  /** {@link RuntimeBenchmarks#fanOut}, with a probe called while every task waits on the Event. */
  static void fanOut(int n, Runnable whileAllWait) {
    Event start = new Event();
    Event allDone = new Event();
    int[] finished = {0};
    Asyncio.run(() -> {
      for (int i = 0; i < n; i++) {
        int sleep = 1 + (int) ((i * 7919L) % 1000);
        Asyncio.createTask(() -> {
          start.await();
          Asyncio.sleepMs(sleep);
          if (++finished[0] == n) {
            allDone.set();
          }
        });
      }
      Asyncio.sleepMs(0);
      whileAllWait.run();
      start.set();
      allDone.await();
    });
    if (finished[0] != n) {
      throw new IllegalStateException(finished[0] + " of " + n + " tasks finished");
    }
  }

  /** Heap in use after a full GC. */
  static long liveHeap() {
    System.gc();
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  /** CPU time of this process so far (all threads). */
  static double processCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  /** Peak resident set size of this process (VmHWM), or -1 where /proc is missing. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
