package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.jmpy.processor.library.CallSite;
import dev.jmpy.processor.python.PyExpr;
import java.util.List;
import java.util.Optional;

/**
 * A function argument (a lambda, a method reference or a function value) applied to values, for
 * library calls that loop over elements: a one-parameter expression lambda is written inline
 * ({@code [x * 2 for x in xs]}), anything else is called ({@code [f(x) for x in xs]}).
 */
final class Functions {
  private final ExpressionTranslator expressions;
  private final FunctionContext f;

  Functions(ExpressionTranslator expressions, FunctionContext f) {
    this.expressions = expressions;
    this.f = f;
  }

  /** {@code function} applied to one element: the loop variable to use and the result. */
  CallSite.Applied apply(Expression function) {
    Optional<Expression> body = inlineBody(function);
    if (body.isPresent()) {
      LambdaExpr lambda = (LambdaExpr) function;
      // The lambda's parameter becomes the comprehension's or loop's variable.
      String variable = f.inlineParameter(lambda.getParameter(0).getNameAsString());
      return new CallSite.Applied(variable, expressions.translate(body.get(), f));
    }
    String variable = f.temporary("e");
    return new CallSite.Applied(variable, new PyExpr.Call(expressions.translate(function, f),
        List.of(new PyExpr.Name(variable))));
  }

  /** {@code function} applied to the given loop variable. */
  PyExpr applyTo(Expression function, String variable) {
    Optional<Expression> body = inlineBody(function);
    if (body.isPresent()) {
      LambdaExpr lambda = (LambdaExpr) function;
      String own = f.inlineParameter(lambda.getParameter(0).getNameAsString());
      if (own.equals(variable)) {
        return expressions.translate(body.get(), f);
      }
    }
    return new PyExpr.Call(expressions.translate(function, f), List.of(new PyExpr.Name(variable)));
  }

  private static Optional<Expression> inlineBody(Expression function) {
    if (function instanceof LambdaExpr lambda && lambda.getParameters().size() == 1
        && lambda.getBody() instanceof ExpressionStmt stmt
        // an assignment or ++ is kept in a function of its own: written inline in a
        // comprehension, statements it needs would land outside the comprehension
        && stmt.findFirst(com.github.javaparser.ast.expr.AssignExpr.class).isEmpty()
        && stmt.findFirst(com.github.javaparser.ast.expr.UnaryExpr.class,
            Operators::isIncrementOrDecrement).isEmpty()) {
      return Optional.of(stmt.getExpression());
    }
    return Optional.empty();
  }
}
