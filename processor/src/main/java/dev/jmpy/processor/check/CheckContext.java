package dev.jmpy.processor.check;

import com.github.javaparser.ast.Node;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.source.SourceUnit;
import dev.jmpy.processor.types.TypeOracle;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/** What a check sees of one top-level class: its source, javac's answers, the reporter. */
public record CheckContext(SourceUnit unit, TypeOracle oracle, Elements elements,
    javax.lang.model.util.Types types, Diagnostics diagnostics, IntegerBoxes boxes) {

  void report(Node node, Message message, Object... args) {
    diagnostics.report(unit, node, message, args);
  }

  /** {@code App.java:7:20}: where {@code node} is, for a message naming another place. */
  String where(Node node) {
    String name = unit.javacUnit().getSourceFile().getName();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String file = name;
    return node.getRange().map(r -> file + ":" + r.begin.line + ":" + r.begin.column).orElse(file);
  }

  /** The symbol {@code node} refers to or declares. */
  Optional<Element> element(Node node) {
    return oracle.element(node);
  }

  /** The method or constructor a call or creation binds to. */
  Optional<ExecutableElement> executable(Node node) {
    return element(node).filter(e -> e instanceof ExecutableElement)
        .map(e -> (ExecutableElement) e);
  }

  /** The class of {@code node}'s static type, if it is a declared type. */
  Optional<TypeElement> classOf(Node node) {
    return oracle.type(node).filter(t -> t instanceof DeclaredType)
        .map(t -> (TypeElement) ((DeclaredType) t).asElement());
  }
}
