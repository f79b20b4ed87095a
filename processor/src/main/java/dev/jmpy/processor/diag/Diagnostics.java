package dev.jmpy.processor.diag;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.jmpy.processor.source.SourceUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place jmpy reports through (AutoValue's {@code ErrorReporter}). Messages about a piece of
 * code are printed with {@link Trees#printMessage} at the javac tree that matches the JavaParser
 * node, so javac and IDEs show the exact line and column; messages about a class go to its element.
 */
public final class Diagnostics {
  private final Messager messager;
  private final Trees trees;
  private int errorCount;
  /** Where each error at a node was reported, in order (for {@link #quietOver}). */
  private final List<Range> errorRanges = new ArrayList<>();
  /** While {@link #quietOver} runs: messages at nodes overlapping these are consequences. */
  private List<Range> quiet = List.of();
  /**
   * Each message already printed at a node, by class, position and text: an expression a row
   * translates twice (a receiver read for a test and for the value) reports its rejection once.
   */
  private final Set<String> printed = new HashSet<>();

  public Diagnostics(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  /** Reports {@code message} at {@code node} of {@code unit}. */
  public void report(SourceUnit unit, Node node, Message message, Object... args) {
    Optional<Range> range = node.getRange();
    if (range.isPresent() && quiet.stream().anyMatch(q -> q.overlapsWith(range.get()))) {
      return;
    }
    String text = message.format(args);
    if (range.isPresent() && !printed.add(unit.element() + "@" + range.get() + " " + text)) {
      return;
    }
    count(message);
    if (message.kind() == Diagnostic.Kind.ERROR) {
      range.ifPresent(errorRanges::add);
    }
    Optional<Tree> tree = unit.index().diagnosticTree(node);
    if (tree.isPresent()) {
      trees.printMessage(message.kind(), text, tree.get(), unit.javacUnit());
    } else {
      String where = node.getBegin().map(p -> " (at " + p.line + ":" + p.column + ")").orElse("");
      messager.printMessage(message.kind(), text + where, unit.element());
    }
  }

  /** Reports {@code message} at {@code element}, or with no position if it is null. */
  public void report(Element element, Message message, Object... args) {
    count(message);
    if (element == null) {
      messager.printMessage(message.kind(), message.format(args));
    } else {
      messager.printMessage(message.kind(), message.format(args), element);
    }
  }

  private void count(Message message) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errorCount++;
    }
  }

  /** How many errors at nodes were reported so far: a mark for {@link #errorRangesSince}. */
  public int errorRangeMark() {
    return errorRanges.size();
  }

  /** The source ranges of the errors at nodes reported since {@code mark}. */
  public List<Range> errorRangesSince(int mark) {
    return List.copyOf(errorRanges.subList(mark, errorRanges.size()));
  }

  /**
   * Runs {@code work} dropping its messages at nodes that overlap {@code ranges}: after a check
   * rejected those nodes, what translating them says again is a consequence, not news, while
   * rejections elsewhere in the class are independent and still reported.
   */
  public <T> T quietOver(List<Range> ranges, Supplier<T> work) {
    List<Range> saved = quiet;
    quiet = ranges;
    try {
      return work.get();
    } finally {
      quiet = saved;
    }
  }

  /** Errors reported so far; a translation compares it before and after to know if it failed. */
  public int errorCount() {
    return errorCount;
  }
}
