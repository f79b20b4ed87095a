package dev.jmpy.processor;

import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The processor's {@code -A} options. {@link Option} is the one table of them: a new option is one
 * line there (its name, default and accepted values), and is then validated and documented in
 * messages like the others.
 */
final class Options {
  /** Every {@code -A} option jmpy reads. */
  enum Option {
    /** The class {@code main.py} runs, when several declare {@code main(String[])}. */
    MAIN("jmpy.main", "<qualified class name>", null),
    /** The name asyncio is imported under: {@code uasyncio} for firmware older than v1.21. */
    ASYNCIO_MODULE("jmpy.asyncioModule", null, "asyncio", "asyncio", "uasyncio"),
    /**
     * {@code python} leaves int/long arithmetic to MicroPython's growing integers (with a warning
     * where Java would wrap around) instead of emulating Java's wrap-around ({@code wrap}).
     */
    INT_OVERFLOW("jmpy.intOverflow", null, "wrap", "wrap", "python"),
    /**
     * {@code single}: the board computes in 32-bit floats (the ESP32's firmware), so {@code double}
     * is rejected (JMPY110); {@code double}: double-precision firmware, where {@code double} is
     * exact and prints as Double.toString.
     */
    FLOAT_PRECISION("jmpy.floatPrecision", null, "single", "single", "double");

    final String key;
    /** What a free-text value looks like; null when the value is one of {@link #accepted}. */
    final String freeText;
    final String defaultValue;
    final List<String> accepted;

    Option(String key, String freeText, String defaultValue, String... accepted) {
      this.key = key;
      this.freeText = freeText;
      this.defaultValue = defaultValue;
      this.accepted = List.of(accepted);
    }
  }

  /** The option names, as javac wants them from {@code getSupportedOptions}. */
  static final Set<String> ALL = Arrays.stream(Option.values())
      .map(o -> o.key).collect(Collectors.toUnmodifiableSet());

  private final Map<Option, String> values;

  private Options(Map<Option, String> values) {
    this.values = values;
  }

  /** The value given for {@code option}, or its default (null for an option with none). */
  String value(Option option) {
    return values.getOrDefault(option, option.defaultValue);
  }

  Optional<String> mainClass() {
    return Optional.ofNullable(value(Option.MAIN));
  }

  String asyncioModule() {
    return value(Option.ASYNCIO_MODULE);
  }

  boolean wrapIntegers() {
    return "wrap".equals(value(Option.INT_OVERFLOW));
  }

  /** Whether the board's floats are double precision ({@code -Ajmpy.floatPrecision=double}). */
  boolean doublePrecision() {
    return "double".equals(value(Option.FLOAT_PRECISION));
  }

  /**
   * Reads jmpy's options from javac's {@code -A} options; reports every misspelled name ({@code
   * jmpy.*}, or one a typo away from a jmpy option) and every value an option does not accept.
   * Returns empty if it reported any: nothing is translated with options the user did not mean.
   */
  static Optional<Options> from(Map<String, String> given, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.errorCount();
    Map<Option, String> values = new EnumMap<>(Option.class);
    for (Map.Entry<String, String> entry : new TreeMap<>(given).entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      Optional<Option> option = Arrays.stream(Option.values())
          .filter(o -> o.key.equals(key)).findFirst();
      if (option.isPresent()) {
        check(option.get(), value, diagnostics).ifPresent(v -> values.put(option.get(), v));
      } else if (key.toLowerCase(Locale.ROOT).startsWith("jmpy.")
          || nearest(key, ALL, 2).isPresent()) {
        String options = Arrays.stream(Option.values())
            .map(o -> "-A" + o.key).collect(Collectors.joining(", "));
        diagnostics.report(null, Message.UNKNOWN_OPTION, key, nearest(key, ALL, 3)
            .map(k -> "did you mean -A" + k + "? ").orElse("") + "jmpy's options are " + options);
      }
    }
    return diagnostics.errorCount() == errorsBefore
        ? Optional.of(new Options(values)) : Optional.empty();
  }

  private static Optional<String> check(Option option, String value, Diagnostics diagnostics) {
    String form = option.freeText != null ? option.freeText : String.join("|", option.accepted);
    if (value == null || value.isBlank()) {
      diagnostics.report(null, Message.BAD_OPTION_VALUE, option.key, "",
          "write -A" + option.key + "=" + form);
      return Optional.empty();
    }
    if (option.freeText != null || option.accepted.contains(value)) {
      return Optional.of(value);
    }
    String accepted = option.accepted.stream()
        .map(v -> v.equals(option.defaultValue) ? v + " (the default)" : v)
        .collect(Collectors.joining(" or "));
    diagnostics.report(null, Message.BAD_OPTION_VALUE, option.key, value,
        nearest(value, option.accepted, 2).map(v -> "did you mean " + v + "? ").orElse("")
            + "-A" + option.key + " is " + accepted);
    return Optional.empty();
  }

  /** The candidate nearest to {@code text} (ignoring case), if within {@code maxDistance} edits. */
  static Optional<String> nearest(String text, Collection<String> candidates,
      int maxDistance) {
    String lower = text.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .sorted()
        .min(Comparator.comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT))))
        .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= maxDistance);
  }

  /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
