package dev.jmpy.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * What every analysis asks of the Java being translated: the static type javac gave an expression
 * and the symbol a node refers to or declares. Translation implements it once per module.
 */
public interface Typing {
  /** The static type of {@code e}, or null when javac recorded none. */
  TypeMirror typeOf(Expression e);

  /** The symbol {@code node} refers to (a call's method, a name's variable) or declares. */
  Optional<Element> element(Node node);
}
