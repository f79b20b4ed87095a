package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Library forms found in TheAlgorithms/Java: a utility class's constructor throwing
 * AssertionError (an Error: catch (Exception) lets it pass), toLowerCase/toUpperCase with a
 * Locale constant, and the method reference Object::toString.
 */
@MicroPython
public class CorpusLibraryForms {
  private CorpusLibraryForms(boolean fail) {
    if (fail) {
      throw new AssertionError("No instances.");
    }
  }

  static String joined(List<Integer> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(" "));
  }

  static String names(List<String> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(","));
  }

  public static void main(String[] args) {
    try {
      try {
        new CorpusLibraryForms(true);
      } catch (Exception e) {
        System.out.println("caught as Exception: wrong");
      }
    } catch (AssertionError e) {
      System.out.println("AssertionError: " + e.getMessage());
    }
    try {
      throw new AssertionError();
    } catch (Error e) {
      System.out.println("as Error, message " + e.getMessage());
    }
    System.out.println("MiXeD Case".toLowerCase(Locale.ROOT) + " " + "MiXeD Case".toUpperCase(Locale.ENGLISH)
        + " " + "hours".toUpperCase(Locale.US));
    System.out.println(joined(List.of(3, -1, 20)) + " | " + names(List.of("a", "b")));
  }
}
