package dev.jmpy.processor.check;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.jmpy.processor.diag.Message;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * JMPY032: Java reflection ({@code Class}, {@code java.lang.reflect}), which MicroPython lacks;
 * {@code x.getClass().getSimpleName()} and {@code getName()} are the library's to translate or
 * reject (GetClassRows: known for exceptions, classes of yours and final JDK classes).
 */
final class Reflection extends JdkApis {
  Reflection() {
    super(Message.NO_REFLECTION);
  }

  @Override
  Optional<String> alternative(TypeElement owner, ExecutableElement method) {
    if (packageOf(owner).startsWith("java.lang.reflect")
        || owner.getQualifiedName().contentEquals("java.lang.Class")) {
      return Optional.of("MicroPython has no Java reflection; call the methods directly");
    }
    return Optional.empty();
  }

  @Override
  boolean translated(MethodCallExpr call, ExecutableElement method) {
    String name = method.getSimpleName().toString();
    Expression scope = call.getScope().orElse(null);
    while (scope instanceof EnclosedExpr enclosed) {
      scope = enclosed.getInner();
    }
    return (name.equals("getSimpleName") || name.equals("getName"))
        && method.getParameters().isEmpty()
        && scope instanceof MethodCallExpr getClass
        && getClass.getNameAsString().equals("getClass") && getClass.getArguments().isEmpty();
  }
}
