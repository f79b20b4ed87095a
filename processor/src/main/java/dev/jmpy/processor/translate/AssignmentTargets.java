package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.jmpy.processor.analysis.JavaTypes;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The type an expression's value is converted to where it is used: the variable it initializes or
 * is assigned to, the parameter it is passed to, the type a method or lambda returns, the type of
 * the conditional or switch it is a branch of, the component of the array it initializes (Java's
 * assignment and invocation contexts). Where Python does no such conversion (an int stored where
 * Java stores a float), the translator makes it explicit.
 */
final class AssignmentTargets {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  AssignmentTargets(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  /** The type {@code e}'s value is converted to, if it is in an assignment or invocation context. */
  Optional<TypeMirror> of(Expression e) {
    Node inner = e;
    Node outer = e.getParentNode().orElse(null);
    while (outer instanceof EnclosedExpr) {
      inner = outer;
      outer = outer.getParentNode().orElse(null);
    }
    Node child = inner;
    return switch (outer) {
      case null -> Optional.empty();
      case VariableDeclarator declarator when declarator.getInitializer().orElse(null) == child ->
          env.oracle().element(declarator).map(Element::asType);
      case AssignExpr assign when assign.getValue() == child
          && assign.getOperator() == AssignExpr.Operator.ASSIGN ->
          Optional.ofNullable(expressions.typeOf(assign.getTarget()));
      case ConditionalExpr conditional when conditional.getCondition() != child ->
          Optional.ofNullable(expressions.typeOf(conditional));
      case ReturnStmt ret -> returned(ret);
      case LambdaExpr lambda -> lambdaReturn(lambda);
      case ArrayInitializerExpr init -> arrayComponent(init);
      case YieldStmt yield -> yield.findAncestor(SwitchExpr.class).map(expressions::typeOf);
      case ExpressionStmt stmt when stmt.getParentNode().orElse(null) instanceof SwitchEntry entry
          && entry.getType() == SwitchEntry.Type.EXPRESSION
          && entry.getParentNode().orElse(null) instanceof SwitchExpr sw ->
          Optional.ofNullable(expressions.typeOf(sw));
      case MethodCallExpr call when call.getArguments().contains(child) -> parameter(call, (Expression) child);
      case ObjectCreationExpr creation when creation.getArguments().contains(child) ->
          parameter(creation, (Expression) child);
      case ExplicitConstructorInvocationStmt call when call.getArguments().contains(child) ->
          parameter(call, (Expression) child);
      default -> Optional.empty();
    };
  }

  private Optional<TypeMirror> returned(ReturnStmt ret) {
    Node scope = ret.getParentNode().orElse(null);
    while (scope != null && !(scope instanceof LambdaExpr)
        && !(scope instanceof com.github.javaparser.ast.body.MethodDeclaration)) {
      scope = scope.getParentNode().orElse(null);
    }
    if (scope instanceof LambdaExpr lambda) {
      return lambdaReturn(lambda);
    }
    if (scope instanceof com.github.javaparser.ast.body.MethodDeclaration method) {
      return env.oracle().element(method).map(m -> ((ExecutableElement) m).getReturnType());
    }
    return Optional.empty();
  }

  /** The return type of the functional interface method a lambda implements. */
  private Optional<TypeMirror> lambdaReturn(LambdaExpr lambda) {
    TypeMirror type = expressions.typeOf(lambda);
    if (!(type instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    return JavaTypes.functionalMethod((javax.lang.model.element.TypeElement) declared.asElement())
        .map(m -> ((ExecutableType) env.types().asMemberOf(declared, m)).getReturnType());
  }

  private Optional<TypeMirror> arrayComponent(ArrayInitializerExpr init) {
    int depth = 1;
    Node node = init.getParentNode().orElse(null);
    while (node instanceof ArrayInitializerExpr) {
      depth++;
      node = node.getParentNode().orElse(null);
    }
    TypeMirror array = switch (node) {
      case ArrayCreationExpr creation -> expressions.typeOf(creation);
      case VariableDeclarator declarator -> env.oracle().element(declarator).map(Element::asType).orElse(null);
      case null, default -> null;
    };
    for (int i = 0; i < depth && array instanceof ArrayType a; i++) {
      array = a.getComponentType();
    }
    return Optional.ofNullable(array);
  }

  private Optional<TypeMirror> parameter(Node call, Expression argument) {
    Optional<Element> element = env.oracle().element(call);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement method)) {
      return Optional.empty();
    }
    List<? extends VariableElement> parameters = method.getParameters();
    int index = ((NodeWithArguments<?>) call).getArguments().indexOf(argument);
    if (parameters.isEmpty() || index < 0) {
      return Optional.empty();
    }
    if (index < parameters.size() - 1 || !method.isVarArgs()) {
      return index < parameters.size() ? Optional.of(parameters.get(index).asType()) : Optional.empty();
    }
    TypeMirror last = parameters.get(parameters.size() - 1).asType();
    TypeMirror given = expressions.typeOf(argument);
    boolean passesArray = ((NodeWithArguments<?>) call).getArguments().size() == parameters.size()
        && given != null && given.getKind() == TypeKind.ARRAY;
    return Optional.of(passesArray ? last : ((ArrayType) last).getComponentType());
  }
}
