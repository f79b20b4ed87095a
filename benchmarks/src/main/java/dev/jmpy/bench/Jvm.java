package dev.jmpy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class of this module in a fresh JVM (same JDK, same class path). */
public final class Jvm {
  private Jvm() {}

  /** The JDK and CPU count, for report headers. */
  public static String describe() {
    return "JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs";
  }

  /** Its standard output; fails if the JVM exits with an error. */
  public static String run(List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    Result result = start(jvmOptions, main, args);
    if (result.exit != 0) {
      throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args)
          + " exited with " + result.exit + ":\n" + result.output);
    }
    return result.output;
  }

  /** Its standard output and error, whatever the exit status. */
  public static String runAllowingFailure(List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    return start(jvmOptions, main, args).output;
  }

  private record Result(int exit, String output) {}

  private static Result start(List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    int exit = process.waitFor();
    return new Result(exit, new String(out, StandardCharsets.UTF_8));
  }
}
