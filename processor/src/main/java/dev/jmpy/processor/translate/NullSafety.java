package dev.jmpy.processor.translate;

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
import javax.lang.model.element.TypeElement;

/**
 * Which String expressions cannot be null, so their text needs no check: Java prints a null String
 * as "null", while MicroPython cannot add None to a str. Literals, concatenations, the results of
 * String's own methods, and locals only ever assigned such values are non-null; parameters,
 * fields and other calls may be null, and their text goes through {@code _jstr}.
 */
final class NullSafety {
  private final TranslationEnv env;

  NullSafety(TranslationEnv env) {
    this.env = env;
  }

  boolean isNonNull(Expression e) {
    return isNonNull(e, new HashSet<>());
  }

  private boolean isNonNull(Expression e, Set<String> visiting) {
    return switch (e) {
      case StringLiteralExpr s -> true;
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

  /** Methods of String and the JDK's toString/valueOf/format never return null. */
  private boolean isNonNullCall(MethodCallExpr call) {
    Optional<Element> element = env.oracle().element(call);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)) {
      return false;
    }
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    String name = m.getSimpleName().toString();
    return owner.equals("java.lang.String")
        || ((owner.startsWith("java.lang.") || owner.equals("java.util.Arrays"))
            && (name.equals("toString") || name.equals("valueOf") || name.startsWith("to")));
  }

  /** A local whose every assignment in its method is non-null. */
  private boolean isNonNullLocal(NameExpr name, Set<String> visiting) {
    Optional<Element> element = env.oracle().element(name);
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
