package dev.jmpy.bench.runtime;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.internal.EventLoop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the JVM asyncio runtime (issue 11's goals), all under virtual time as in
 * users' JUnit tests: task switches of two tasks ping-ponging, N tasks awaiting one Event then
 * sleeping, and the one-hour virtual sleep. The memory of the N-task case and the one-hour sleep
 * in a fresh JVM are measured by {@link RuntimeFigures}.
 */
public class RuntimeBenchmarks {
  /** Switches per ping-pong invocation: two tasks of {@code SWITCHES / 2} {@code sleep_ms(0)} each. */
  static final int SWITCHES = 200_000;

  /** Virtual time on, as under the VirtualTime JUnit extension. */
  @State(Scope.Benchmark)
  public static class VirtualClock {
    @Setup(Level.Trial)
    public void on() {
      EventLoop.newEventLoop();
      EventLoop.useVirtualTime();
    }

    @TearDown(Level.Trial)
    public void off() {
      EventLoop.newEventLoop();
      EventLoop.useRealTime();
    }
  }

  /** The N of the Event fan-out. */
  @State(Scope.Benchmark)
  public static class FanOutSize {
    @Param({"100000", "1000000"})
    public int tasks;
  }

  /** Task switches per second: two tasks each awaiting {@code sleep_ms(0)} in turn. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(SWITCHES)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(2)
  public void pingPong(VirtualClock clock) {
    Asyncio.run(() -> {
      Asyncio.gather(() -> yieldMany(SWITCHES / 2), () -> yieldMany(SWITCHES / 2));
    });
  }

  /**
   * N tasks created, all awaiting one Event; main sets it, each task then sleeps (1..1000 virtual
   * ms) and ends; main awaits them all through a second Event set by the last one.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(value = 1, jvmArgsAppend = "-Xmx4g")
  public int eventFanOut(VirtualClock clock, FanOutSize size) {
    return fanOut(size.tasks);
  }

  /** {@code asyncio.run(asyncio.sleep(3600))} under virtual time, warm. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public void hourSleepWarm(VirtualClock clock) {
    Asyncio.run(() -> Asyncio.sleep(3600));
  }

  /**
   * The same in a fresh JVM, first run: class loading and the first virtual thread included (what
   * a test class with one such test pays).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public void hourSleepCold() {
    EventLoop.useVirtualTime();
    Asyncio.run(() -> Asyncio.sleep(3600));
    EventLoop.useRealTime();
  }

  static void yieldMany(int times) {
    for (int i = 0; i < times; i++) {
      Asyncio.sleepMs(0);
    }
  }

  /** The fan-out ({@link RuntimeFigures#fanOut}); returns n. */
  static int fanOut(int n) {
    RuntimeFigures.fanOut(n, () -> {});
    return n;
  }
}
