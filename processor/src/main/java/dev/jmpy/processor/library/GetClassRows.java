package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import javax.lang.model.element.TypeElement;

/**
 * {@code Object.getClass()} in the comparison equals() methods make, {@code getClass() ==
 * o.getClass()} / {@code !=}: {@code type(self)} and {@code type(o)}, when one side is an object
 * of a class of yours (its Python class is its Java class; subclasses stay distinct). Any other
 * use of a Class value is reflection (JMPY032): Java's Integer and Long, or Character, are one
 * Python int.
 */
final class GetClassRows implements LibraryRegistry.Rows {
  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call("java.lang.Object#getClass", GetClassRows::classOf);
  }

  private static PyExpr classOf(CallSite s) {
    Node self = s.node();
    while (self.getParentNode().orElse(null) instanceof EnclosedExpr enclosed) {
      self = enclosed;
    }
    if (self.getParentNode().orElse(null) instanceof BinaryExpr comparison
        && (comparison.getOperator() == BinaryExpr.Operator.EQUALS
            || comparison.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
      Expression other = unwrap(comparison.getLeft() == self ? comparison.getRight()
          : comparison.getLeft());
      if (other instanceof MethodCallExpr call && isGetClass(call)
          && (ofYours(s, s.scope().orElse(null)) || ofYours(s, call.getScope().orElse(null)))) {
        return builtin("type", s.receiver());
      }
    }
    return s.reject(Message.NO_REFLECTION, "Object.getClass()",
        "jmpy translates getClass() only in a comparison a.getClass() == b.getClass() (or !=) "
            + "where one side is an object of a class of yours; use instanceof");
  }

  private static Expression unwrap(Expression e) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    return inner;
  }

  private static boolean isGetClass(MethodCallExpr call) {
    return call.getNameAsString().equals("getClass") && call.getArguments().isEmpty();
  }

  /** Whether {@code scope} (null: this) is an object of a class translated from source. */
  private static boolean ofYours(CallSite s, Expression scope) {
    if (scope == null || scope.isThisExpr()) {
      return true; // the class being translated
    }
    TypeElement cls = dev.jmpy.processor.analysis.JavaTypes.classOf(s.typeOf(scope));
    return cls != null && s.hasSource(cls);
  }
}
