package dev.jmpy.asyncio.bench;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.internal.EventLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rough figures for the JVM asyncio runtime (not a unit test, not JMH: best of a few runs after a
 * warm-up). Run with {@code java -cp <test-classes>:<classes>:<annotations> dev.jmpy.asyncio.bench.SwitchBench}.
 */
public final class SwitchBench {
  private static final int ROUNDS = 7;

  private SwitchBench() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(
        "JDK %s, %d CPUs%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    EventLoop.useVirtualTime();

    int yields = 200_000;
    long[] alone = measure(() -> Asyncio.run(() -> yieldMany(yields)));
    report("1 task, sleep_ms(0) x " + yields + " (no thread switch)", alone, yields, "awaits");

    long[] pingPong =
        measure(
            () ->
                Asyncio.run(
                    () -> {
                      Asyncio.gather(() -> yieldMany(yields / 2), () -> yieldMany(yields / 2));
                    }));
    report("2 tasks ping-pong, " + yields + " switches", pingPong, yields, "switches");

    int many = 100;
    int perTask = 2_000;
    long[] ring =
        measure(
            () ->
                Asyncio.run(
                    () -> {
                      List<Task<Void>> tasks = new ArrayList<>();
                      for (int i = 0; i < many; i++) {
                        tasks.add(Asyncio.createTask(() -> yieldMany(perTask)));
                      }
                      for (Task<Void> task : tasks) {
                        task.await();
                      }
                    }));
    report(many + " tasks round-robin, " + many * perTask + " switches", ring, many * perTask, "switches");

    int taskCount = 10_000;
    int sleeps = 10;
    AtomicLong virtualEnd = new AtomicLong();
    long[] tenThousand =
        measure(
            () -> {
              long t0 = EventLoop.nowMs();
              Asyncio.run(
                  () -> {
                    List<Task<Void>> tasks = new ArrayList<>(taskCount);
                    for (int i = 0; i < taskCount; i++) {
                      tasks.add(Asyncio.createTask(() -> sleepMany(sleeps)));
                    }
                    for (Task<Void> task : tasks) {
                      task.await();
                    }
                  });
              virtualEnd.set(EventLoop.nowMs() - t0);
            });
    report(
        taskCount + " tasks x " + sleeps + " sleep_ms(10), virtual time (threads created too)",
        tenThousand,
        (long) taskCount * sleeps,
        "sleeps");
    System.out.printf("    virtual time elapsed per run: %d ms%n", virtualEnd.get());

    int runs = 10_000;
    long[] fromPlatform = measure(() -> manyRuns(runs));
    report("Asyncio.run x " + runs + " from a platform thread", fromPlatform, runs, "runs");
    long[] fromVirtual =
        measure(
            () -> {
              Thread thread = Thread.ofVirtual().start(() -> manyRuns(runs));
              thread.join();
            });
    report("Asyncio.run x " + runs + " from a virtual thread", fromVirtual, runs, "runs");

    EventLoop.useRealTime();
  }

  private static void yieldMany(int times) {
    for (int i = 0; i < times; i++) {
      Asyncio.sleepMs(0);
    }
  }

  private static void sleepMany(int times) {
    for (int i = 0; i < times; i++) {
      Asyncio.sleepMs(10);
    }
  }

  private static void manyRuns(int runs) {
    for (int i = 0; i < runs; i++) {
      Asyncio.run(() -> Asyncio.sleepMs(0));
    }
  }

  interface Body {
    void run() throws Exception;
  }

  /** Wall times in ns of ROUNDS runs after two warm-up runs, sorted. */
  private static long[] measure(Body body) throws Exception {
    body.run();
    body.run();
    long[] times = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      body.run();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    return times;
  }

  private static void report(String what, long[] sortedNanos, long operations, String unit) {
    long best = sortedNanos[0];
    long median = sortedNanos[sortedNanos.length / 2];
    System.out.printf(
        "%s:%n    best %.1f ms (%.0f ns per op, %.2f M %s/s), median %.1f ms%n",
        what,
        best / 1e6,
        (double) best / operations,
        operations / (best / 1e9) / 1e6,
        unit,
        median / 1e6);
  }
}
