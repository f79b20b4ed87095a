package dev.jmpy.processor.translate;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.jmpy.processor.python.JavaOrigin;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The JVM stack frame a Java node runs in: the binary name of its class and the name of its method.
 * Lambdas and anonymous classes are named after the method and class around them (javac numbers
 * them, {@code lambda$main$0}, which the source does not show); the line is exact.
 */
final class JavaOrigins {
  private JavaOrigins() {}

  static JavaOrigin of(Node node) {
    int line = node.getBegin().map(p -> p.line).orElse(0);
    String method = null;
    Deque<String> types = new ArrayDeque<>();
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (method == null) {
        method = switch (n) {
          case MethodDeclaration m -> m.getNameAsString();
          case ConstructorDeclaration c -> "<init>";
          case InitializerDeclaration i -> i.isStatic() ? "<clinit>" : "<init>";
          case FieldDeclaration f -> f.isStatic() ? "<clinit>" : "<init>";
          default -> null;
        };
      }
      if (n instanceof TypeDeclaration<?> type) {
        types.push(type.getNameAsString());
      }
    }
    String packageName = node.findCompilationUnit()
        .flatMap(CompilationUnit::getPackageDeclaration)
        .map(p -> p.getNameAsString() + ".")
        .orElse("");
    return new JavaOrigin(packageName + String.join("$", types),
        method == null ? "<clinit>" : method, line);
  }
}
