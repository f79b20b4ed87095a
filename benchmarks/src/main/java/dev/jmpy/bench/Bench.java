package dev.jmpy.bench;

import dev.jmpy.bench.runtime.RuntimeFigures;
import java.util.Arrays;

/**
 * Entry point of the benchmarks: {@code Bench all | device | asyncio | processor | runtime | jmh [JMH
 * options]}. Run from the project root with {@code ./mvnw -q -pl benchmarks exec:exec -Dbench=all}
 * (after {@code ./mvnw -q install -DskipTests}). See {@code benchmarks/README.md}.
 */
public final class Bench {
  private Bench() {}

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  public static void main(String[] args) throws Exception {
    String what = args.length == 0 ? "all" : args[0];
    String[] rest = args.length == 0 ? new String[0] : Arrays.copyOfRange(args, 1, args.length);
    switch (what) {
      case "runtime" -> RuntimeFigures.main(rest);
      case "processor" -> dev.jmpy.bench.processor.ProcessorCpu.main(rest);
      case "device" -> dev.jmpy.bench.device.DeviceBench.main(prepend("cpu", rest));
      case "asyncio" -> dev.jmpy.bench.device.DeviceBench.main(prepend("asyncio", rest));
      case "jmh" -> org.openjdk.jmh.Main.main(rest);
      case "all" -> {
        dev.jmpy.bench.device.DeviceBench.main(prepend("all", rest));
        dev.jmpy.bench.processor.ProcessorCpu.main(new String[0]);
        RuntimeFigures.main(new String[0]);
      }
      default -> {
        System.err.println("usage: Bench all | device | asyncio | processor | runtime | jmh [JMH options]");
        System.exit(2);
      }
    }
  }
}
