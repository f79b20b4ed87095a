package dev.jmpy.bench.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated jmpy project of N classes, about 104 lines each (200 classes: about 20.8k lines), in
 * packages of 20: fields, constructors, loops, string building, collections, a switch, a
 * {@code @Coroutine}, and calls into the previous class, so that javac's attribution has real work.
 * Class 0 has the main method.
 */
public final class SyntheticProject {
  private SyntheticProject() {}

  /** Writes the project's sources under {@code dir} (emptied first); returns them. */
  public static List<Path> write(Path dir, int classes) throws IOException {
    dev.jmpy.bench.Dirs.deleteRecursively(dir);
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      Path file = dir.resolve(packageOf(i).replace('.', '/')).resolve("Module" + i + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source(i));
      sources.add(file);
    }
    return sources;
  }

  static String packageOf(int i) {
    return "gen.part" + (i / 20);
  }

  static String source(int i) {
    String previous = i == 0 ? null : packageOf(i - 1) + ".Module" + (i - 1);
    StringBuilder s = new StringBuilder();
    s.append("package ").append(packageOf(i)).append(";\n\n");
    s.append("""
        import dev.jmpy.annotations.Coroutine;
        import dev.jmpy.annotations.MicroPython;
        import dev.jmpy.asyncio.Asyncio;
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;

        /** Generated module NUM of a synthetic project for the processor benchmark. */
        @MicroPython
        public class ModuleNUM {
          static final int LIMIT = NUM + 10;
          private final List<Integer> values = new ArrayList<>();
          private final Map<String, Integer> counts = new HashMap<>();
          private int total;
          private final String name;

          public ModuleNUM(String name) {
            this.name = name;
          }

          public void add(int value) {
            values.add(value);
            total += value;
            String key = value % 2 == 0 ? "even" : "odd";
            counts.put(key, counts.getOrDefault(key, 0) + 1);
          }

          public int sum() {
            int s = 0;
            for (int v : values) {
              s += v;
            }
            return s;
          }

          public String describe() {
            StringBuilder text = new StringBuilder();
            text.append(name).append(": ").append(values.size()).append(" values, total ").append(total);
            for (String key : counts.keySet()) {
              text.append(", ").append(key).append('=').append(counts.get(key));
            }
            return text.toString();
          }

          public static int fib(int n) {
            int a = 0;
            int b = 1;
            for (int k = 0; k < n; k++) {
              int t = a + b;
              a = b;
              b = t;
            }
            return a;
          }

          public static int gcd(int a, int b) {
            while (b != 0) {
              int t = a % b;
              a = b;
              b = t;
            }
            return a;
          }

          static String classify(int value) {
            switch (value % 4) {
              case 0:
                return "zero";
              case 1:
                return "one";
              case 2:
                return "two";
              default:
                return "three";
            }
          }

          public int[] histogram(int buckets) {
            int[] counts = new int[buckets];
            for (int v : values) {
              counts[Math.abs(v) % buckets]++;
            }
            return counts;
          }

          @Coroutine
          public static int slowSquare(int x) {
            Asyncio.sleepMs(1);
            return x * x;
          }

          public static int chain(int x) {
            return CHAIN;
          }

          public static List<String> labels(int n) {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < n; k++) {
              out.add(classify(k) + "-" + k);
            }
            return out;
          }
        """.replace("NUM", Integer.toString(i))
        .replace("CHAIN", previous == null ? "fib(x % 20) + gcd(x, LIMIT)" : previous + ".chain(x) + fib(x % 20)"));
    if (i == 0) {
      s.append("""

            public static void main(String[] args) {
              Module0 m = new Module0("m0");
              for (int k = 0; k < 10; k++) {
                m.add(k * 3);
              }
              System.out.println(m.describe() + " " + m.sum() + " " + chain(7) + " " + labels(3));
            }
          """);
    }
    s.append("}\n");
    return s.toString();
  }
}
