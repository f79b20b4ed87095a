package dev.jmpy.corpus;

import dev.jmpy.corpus.Attribution.TypeResult;
import dev.jmpy.corpus.ProcessorCompile.Diag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Groups the errors of rejected types by code and normalized message: the construct a message names
 * stays, the names and values that differ between occurrences go.
 */
final class ReasonTable {

  /**
   * One reason: how many errors, how many types it stops, how many it alone stops (fixing it would
   * translate them), and a few places.
   */
  record Reason(String code, String message, int errors, int types, int sole, List<String> examples) {}

  private static final Pattern POSITION = Pattern.compile(" \\(at \\d+:\\d+\\)$");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.{1,6})'");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?:\\.\\d+)?[LlFfDd]?(?![\\w.])");
  private static final Pattern JMPY_TEMP = Pattern.compile("\\b_jmpy\\w*");

  private ReasonTable() {}

  /** The message without its code, its position suffix, and literal values. */
  static String normalize(String message) {
    String text = message.replaceFirst("^\\[JMPY\\d{3}] ", "");
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline); // javac's multi-line messages: the first line names it
    }
    text = POSITION.matcher(text).replaceAll("");
    text = STRING_LITERAL.matcher(text).replaceAll("\"…\"");
    text = CHAR_LITERAL.matcher(text).replaceAll("'…'");
    text = NUMBER.matcher(text).replaceAll("N");
    text = JMPY_TEMP.matcher(text).replaceAll("_jmpy…");
    return text.strip();
  }

  private static final Pattern LIBRARY_MEMBER = Pattern.compile("^(?:new )?([A-Z]\\w*)[.(]");

  /** The reasons, most types stopped first. */
  static List<Reason> of(List<TypeResult> rejected, int examplesPerReason,
      Function<TypeResult, String> describeFile) {
    return group(rejected, examplesPerReason, describeFile, error -> normalize(error.message()));
  }

  /**
   * The reasons with every missing member of one library class taken together ({@code Stack.pop()},
   * {@code Stack.push()} and {@code new Stack()} are "Stack: ..."), so that a type needing several
   * of them counts once and "sole" says which class alone stops it.
   */
  static List<Reason> byLibraryClass(List<TypeResult> rejected, int examplesPerReason,
      Function<TypeResult, String> describeFile) {
    return group(rejected, examplesPerReason, describeFile, ReasonTable::family);
  }

  static String family(Diag error) {
    String message = normalize(error.message());
    java.util.regex.Matcher member = LIBRARY_MEMBER.matcher(message);
    if ("JMPY025".equals(Attribution.code(error)) && member.find()) {
      return member.group(1) + ": members with no MicroPython translation yet";
    }
    return message;
  }

  private static List<Reason> group(List<TypeResult> rejected, int examplesPerReason,
      Function<TypeResult, String> describeFile, Function<Diag, String> describeError) {
    record Key(String code, String message) {}
    final class Acc {
      int errors;
      final Set<String> types = new LinkedHashSet<>();
      int sole;
      final List<String> examples = new ArrayList<>();
    }
    Map<Key, Acc> table = new LinkedHashMap<>();
    for (TypeResult type : rejected) {
      Set<Key> keysOfType = new LinkedHashSet<>();
      for (Diag error : type.errors()) {
        Key key = new Key(Attribution.code(error), describeError.apply(error));
        keysOfType.add(key);
        Acc acc = table.computeIfAbsent(key, k -> new Acc());
        acc.errors++;
        acc.types.add(type.type().qualifiedName());
        if (acc.examples.size() < examplesPerReason
            && acc.examples.stream().noneMatch(e -> e.startsWith(describeFile.apply(type) + ":"))) {
          acc.examples.add(describeFile.apply(type) + ":" + error.line() + ":" + error.column());
        }
      }
      if (keysOfType.size() == 1) {
        table.get(keysOfType.iterator().next()).sole++;
      }
    }
    List<Reason> reasons = new ArrayList<>();
    table.forEach((key, acc) -> reasons.add(new Reason(key.code(), key.message(), acc.errors,
        acc.types.size(), acc.sole, List.copyOf(acc.examples))));
    reasons.sort(Comparator.comparingInt(Reason::types).reversed()
        .thenComparing(Comparator.comparingInt(Reason::errors).reversed())
        .thenComparing(Reason::code)
        .thenComparing(Reason::message));
    return reasons;
  }
}
