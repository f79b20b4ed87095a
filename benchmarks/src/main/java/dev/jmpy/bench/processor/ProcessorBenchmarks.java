package dev.jmpy.bench.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one in-process javac of the synthetic project, with jmpy and with {@code -proc:none}, warm
 * (as in a build tool's long-lived JVM); the ratio of the two scores is the processor's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ProcessorBenchmarks {
  @Param({"50", "200", "400"})
  public int classes;

  Path src;
  Path out;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path dir = Files.createTempDirectory("jmpy-processor-bench");
    src = dir.resolve("src");
    out = dir.resolve("out");
    SyntheticProject.write(src, classes);
  }

  @Benchmark
  public void javacWithJmpy() throws IOException {
    ProcessorCpu.compile(src, out, true);
  }

  @Benchmark
  public void javacProcNone() throws IOException {
    ProcessorCpu.compile(src, out, false);
  }
}
