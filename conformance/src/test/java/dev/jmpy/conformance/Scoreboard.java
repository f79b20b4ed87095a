package dev.jmpy.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts programs, passes, failures and skips per area, and prints the summary at the end. */
final class Scoreboard {
  private static final class AreaCount {
    int programs;
    int passed;
    int failed;
    int skipped;
  }

  private final Map<String, AreaCount> areas = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private final List<long[]> timings = new ArrayList<>();

  synchronized void record(String area, ConformanceRun.Outcome outcome) {
    AreaCount count = areas.computeIfAbsent(area, ignored -> new AreaCount());
    count.programs++;
    switch (outcome.verdict().status()) {
      case PASSED -> count.passed++;
      case FAILED -> {
        count.failed++;
        notes.add("FAILED " + outcome.verdict().headline());
      }
      case SKIPPED -> {
        count.skipped++;
        notes.add("SKIPPED " + outcome.verdict().headline());
      }
    }
    if (!outcome.notes().isEmpty()) {
      notes.add(outcome.notes());
    }
    if (outcome.jvmMillis() > 0 || outcome.boardMillis() > 0) {
      timings.add(new long[] {outcome.compileMillis(), outcome.jvmMillis(), outcome.boardMillis()});
    }
  }

  synchronized void note(String text) {
    notes.add(text);
  }

  synchronized String summary(long wallMillis) {
    StringBuilder out = new StringBuilder("\n");
    for (String note : notes) {
      out.append("[conformance] ").append(note).append('\n');
    }
    out.append(String.format("%-14s %9s %7s %7s %8s%n", "area", "programs", "passed", "failed", "skipped"));
    AreaCount total = new AreaCount();
    for (Map.Entry<String, AreaCount> entry : areas.entrySet()) {
      AreaCount count = entry.getValue();
      out.append(row(entry.getKey(), count));
      total.programs += count.programs;
      total.passed += count.passed;
      total.failed += count.failed;
      total.skipped += count.skipped;
    }
    out.append(row("total", total));
    if (!timings.isEmpty()) {
      out.append(String.format(
          "mean per program: compile %d ms, JVM run %d ms, board run %d ms; suite wall time %.1f s%n",
          mean(0), mean(1), mean(2), wallMillis / 1000.0));
    }
    out.append("conformance: ").append(total.passed).append(" passed, ").append(total.failed).append(" failed\n");
    return out.toString();
  }

  private long mean(int column) {
    return Math.round(timings.stream().mapToLong(row -> row[column]).average().orElse(0));
  }

  private static String row(String area, AreaCount count) {
    return String.format("%-14s %9d %7d %7d %8d%n", area, count.programs, count.passed, count.failed, count.skipped);
  }
}
