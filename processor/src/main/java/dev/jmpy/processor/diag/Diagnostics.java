package dev.jmpy.processor.diag;

import com.github.javaparser.ast.Node;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.jmpy.processor.source.SourceUnit;
import java.util.Optional;
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

  public Diagnostics(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  /** Reports {@code message} at {@code node} of {@code unit}. */
  public void report(SourceUnit unit, Node node, Message message, Object... args) {
    count(message);
    String text = message.format(args);
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

  /** Errors reported so far; a translation compares it before and after to know if it failed. */
  public int errorCount() {
    return errorCount;
  }
}
