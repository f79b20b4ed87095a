package dev.jmpy.processor.library;

import com.github.javaparser.ast.expr.Expression;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.python.PyExpr;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * {@code Stream}, {@code IntStream}, {@code LongStream}: a pipeline written in one expression
 * becomes list comprehensions ({@link Streams}); each source, stage and terminal operation jmpy
 * knows is a row here. Any other operation is rejected where it stands in the pipeline.
 */
final class StreamRows implements LibraryRegistry.Rows {
  static final String STREAM = "java.util.stream.Stream";

  private static final List<String> SOURCES = List.of("range", "rangeClosed", "of", "empty",
      "iterate", "generate");
  private static final List<String> STAGES = List.of("map", "mapToInt", "mapToLong", "mapToObj",
      "filter", "boxed", "sequential", "asLongStream", "sorted", "distinct", "limit", "skip");
  private static final List<String> TERMINALS = List.of("toList", "collect", "count", "sum",
      "anyMatch", "allMatch", "noneMatch", "findFirst", "findAny", "max", "min", "average",
      "reduce", "toArray");

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    for (String source : SOURCES) {
      rows.call(STREAM + "#" + source, s -> Streams.elements(s, (Expression) s.node()));
    }
    for (String stage : STAGES) {
      rows.call(STREAM + "#" + stage, s -> Streams.elements(s, (Expression) s.node()));
    }
    for (String terminal : TERMINALS) {
      rows.call(STREAM + "#" + terminal, Streams::terminal);
    }
    rows.guard(STREAM, StreamRows::unknown);
  }

  /** An operation without a row: rejected by name where it stands, with what to use instead. */
  private static PyExpr unknown(CallSite s) {
    String name = s.method().getSimpleName().toString();
    if (SOURCES.contains(name) || STAGES.contains(name) || TERMINALS.contains(name)) {
      return null;
    }
    boolean producesElements = s.method().getModifiers().contains(Modifier.STATIC)
        || isStream(s);
    return producesElements ? Streams.elements(s, (Expression) s.node()) : Streams.terminal(s);
  }

  /** Whether the operation returns a stream (an intermediate stage). */
  private static boolean isStream(CallSite s) {
    TypeElement result = JavaTypes.classOf(s.method().getReturnType());
    return result != null && LibraryRegistry.families(result.getQualifiedName().toString())
        .equals(List.of(STREAM));
  }
}
