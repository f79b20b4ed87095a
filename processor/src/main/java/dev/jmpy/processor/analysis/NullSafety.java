package dev.jmpy.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import java.util.function.Predicate;

/**
 * Which String (and array) expressions cannot be null, so their text needs no check: Java prints a null String
 * as "null", while MicroPython cannot add None to a str. Literals, concatenations, the results of
 * String's own methods, and locals only ever assigned such values are non-null; parameters,
 * fields and other calls may be null, and their text goes through {@code _jstr}.
 */
public final class NullSafety {
  private final Typing typing;
  private final Predicate<ExecutableElement> neverNull;

  /** {@code neverNull} tells the library methods that never return null (String's own). */
  public NullSafety(Typing typing, Predicate<ExecutableElement> neverNull) {
    this.typing = typing;
    this.neverNull = neverNull;
  }

  public boolean isNonNull(Expression e) {
    return isNonNull(e, new HashSet<>());
  }

  private boolean isNonNull(Expression e, Set<String> visiting) {
    return switch (e) {
      case StringLiteralExpr s -> true;
      case ArrayCreationExpr a -> true;
      case ArrayInitializerExpr a -> true;
      case TextBlockLiteralExpr t -> true;
      case BinaryExpr b -> b.getOperator() == BinaryExpr.Operator.PLUS; // a concatenation
      case EnclosedExpr enclosed -> isNonNull(enclosed.getInner(), visiting);
      case ConditionalExpr c -> isNonNull(c.getThenExpr(), visiting)
          && isNonNull(c.getElseExpr(), visiting);
      case MethodCallExpr call -> isNonNullCall(call);
      case NameExpr name -> isNonNullLocal(name, visiting);
      default -> false;
    };
  }

  /** The library methods that never return null (String's own, the JDK's toString, ...). */
  private boolean isNonNullCall(MethodCallExpr call) {
    Optional<Element> element = typing.element(call);
    return element.isPresent() && element.get() instanceof ExecutableElement m
        && neverNull.test(m);
  }

  /**
   * A pattern's binding ({@code o instanceof Integer i}, {@code case Sensor s}): a type pattern
   * never matches null, unless it is a record pattern's component (which may hold null); and
   * never assigned in its method.
   */
  private boolean isNonNullBinding(NameExpr name, Element element) {
    String java = name.getNameAsString();
    Optional<Node> body = name.findAncestor(n -> n instanceof CallableDeclaration<?>
        || n instanceof LambdaExpr, Node.class);
    if (body.isEmpty()) {
      return false;
    }
    boolean fromRecord = body.get().findAll(TypePatternExpr.class).stream()
        .filter(p -> p.getNameAsString().equals(java))
        .anyMatch(p -> p.getParentNode().orElse(null) instanceof RecordPatternExpr);
    boolean assigned = body.get().findAll(AssignExpr.class).stream()
        .anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(java));
    boolean stepped = body.get().findAll(UnaryExpr.class).stream()
        .anyMatch(u -> u.getExpression() instanceof NameExpr t && t.getNameAsString().equals(java));
    return !fromRecord && !assigned && !stepped;
  }

  /** A local whose every assignment in its method is non-null. */
  private boolean isNonNullLocal(NameExpr name, Set<String> visiting) {
    Optional<Element> element = typing.element(name);
    if (element.isPresent() && element.get().getKind() == ElementKind.BINDING_VARIABLE) {
      return isNonNullBinding(name, element.get());
    }
    if (element.isEmpty() || element.get().getKind() != ElementKind.LOCAL_VARIABLE
        || !visiting.add(name.getNameAsString())) {
      return false;
    }
    String java = name.getNameAsString();
    // The method (or lambda) that declares it: a lambda's or an inner class's captured local is
    // declared further out.
    Optional<Node> body = name.findAncestor(n -> n instanceof CallableDeclaration<?>
        || n instanceof LambdaExpr, Node.class);
    while (body.isPresent() && body.get().findFirst(VariableDeclarator.class,
        d -> d.getNameAsString().equals(java)).isEmpty()) {
      body = body.get().findAncestor(n -> n instanceof CallableDeclaration<?>
          || n instanceof LambdaExpr, Node.class);
    }
    if (body.isEmpty()) {
      return false;
    }
    for (VariableDeclarator v : body.get().findAll(VariableDeclarator.class,
        d -> d.getNameAsString().equals(java))) {
      if (v.getInitializer().isEmpty() || !isNonNull(v.getInitializer().get(), visiting)) {
        return false;
      }
    }
    for (AssignExpr assign : body.get().findAll(AssignExpr.class,
        a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(java))) {
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN
          && !isNonNull(assign.getValue(), visiting)) {
        return false;
      }
    }
    return true;
  }
}
