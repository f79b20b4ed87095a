package dev.jmpy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and extremes of measured values. */
public final class Stats {
  private Stats() {}

  public static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public static double min(List<Double> values) {
    return Collections.min(values);
  }

  public static double max(List<Double> values) {
    return Collections.max(values);
  }
}
