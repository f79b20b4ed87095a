package dev.jmpy.conformance.bench;

import dev.jmpy.conformance.BenchSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Java's wrap-around costs on MicroPython: the same Java program (an accumulating loop and a
 * string hash, where overflow cannot be ruled out) translated with the default
 * {@code -Ajmpy.intOverflow=wrap} and with {@code python}, each run on MicroPython 1.27
 * (WebAssembly) several times; prints the best wall time of each (interpreter start included).
 * Not a test: run it from {@code conformance/} with {@code ../mvnw test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.jmpy.conformance.bench.IntOverflowBench}.
 * Measured here: wrap 821 ms, python 639 ms (and python's hash is wrong: it grew past 32 bits).
 */
public final class IntOverflowBench {
  private static final String PROGRAM = """
      package bench;

      @dev.jmpy.annotations.MicroPython
      public class Loop {
        static int hash(String s) {
          int h = 0;
          for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
          }
          return h;
        }

        public static void main(String[] args) {
          int total = 0;
          int i = 0;
          while (i < 200000) {
            total += i & 255;
            i++;
          }
          int h = 0;
          for (int k = 0; k < 2000; k++) {
            h += hash("the quick brown fox " + k);
          }
          System.out.println(total + " " + h);
        }
      }
      """;

  private IntOverflowBench() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("jmpy-bench");
    Path source = Files.createDirectories(work.resolve("src/bench")).resolve("Loop.java");
    Files.writeString(source, PROGRAM);
    for (String mode : List.of("wrap", "python")) {
      Path image = BenchSupport.compile(source, work.resolve(mode), List.of("-Ajmpy.intOverflow=" + mode));
      long best = Long.MAX_VALUE;
      String output = "";
      for (int run = 0; run < 5; run++) {
        long start = System.nanoTime();
        output = BenchSupport.runOnMicroPython(image);
        best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
      }
      System.out.printf("intOverflow=%-6s best of 5: %5d ms  (output: %s)%n", mode, best, output.strip());
    }
  }
}
