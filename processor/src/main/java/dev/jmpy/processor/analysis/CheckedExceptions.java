package dev.jmpy.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Java's {@code catch (RuntimeException e)} is {@code except Exception} in Python, which would also
 * catch the checked exceptions (user ones, IOException as OSError) that Java lets through. The
 * checked exceptions a try block can throw are known to javac (thrown clauses of what it calls,
 * its throw statements); re-raising them first keeps Java's catch exact:
 * {@code except (Refused, OSError): raise} before {@code except Exception as e:}.
 */
public final class CheckedExceptions {
  private final Typing typing;
  private final Types types;
  private final TypeMirror exception;
  private final TypeMirror runtimeException;

  /** {@code exception} and {@code runtimeException} are java.lang's two classes. */
  public CheckedExceptions(Typing typing, Types types, TypeMirror exception,
      TypeMirror runtimeException) {
    this.typing = typing;
    this.types = types;
    this.exception = exception;
    this.runtimeException = runtimeException;
  }

  /** Whether {@code caught} is {@code java.lang.RuntimeException} itself. */
  public boolean isRuntimeException(TypeMirror caught) {
    return caught != null && types.isSameType(caught, runtimeException);
  }

  /** The checked exception types {@code block} can throw, in the order they appear. */
  public List<TypeMirror> thrownBy(BlockStmt block) {
    Map<String, TypeMirror> found = new LinkedHashMap<>();
    collect(block, found);
    List<TypeMirror> checked = new ArrayList<>();
    for (TypeMirror type : found.values()) {
      if (isChecked(type)) {
        checked.add(type);
      }
    }
    return checked;
  }

  private void collect(Node node, Map<String, TypeMirror> found) {
    if (node instanceof LambdaExpr || node instanceof TypeDeclaration<?>
        || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())) {
      return; // their code runs elsewhere, later
    }
    if (node instanceof MethodCallExpr || node instanceof ObjectCreationExpr) {
      typing.element(node)
          .filter(e -> e instanceof ExecutableElement)
          .ifPresent(e -> ((ExecutableElement) e).getThrownTypes()
              .forEach(t -> found.putIfAbsent(t.toString(), t)));
    }
    if (node instanceof ThrowStmt thrown) {
      TypeMirror type = typing.typeOf(thrown.getExpression());
      if (type != null) {
        found.putIfAbsent(type.toString(), type);
      }
    }
    for (Node child : node.getChildNodes()) {
      collect(child, found);
    }
  }

  private boolean isChecked(TypeMirror type) {
    // java.lang.Exception itself has no Python class of its own to re-raise: left as it is.
    return types.isSubtype(type, exception) && !types.isSubtype(type, runtimeException)
        && !types.isSameType(type, exception);
  }
}
