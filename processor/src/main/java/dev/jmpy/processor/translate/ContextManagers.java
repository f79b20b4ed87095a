package dev.jmpy.processor.translate;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.types.Stubs;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A translated class that implements {@link AutoCloseable} becomes a Python context manager, so
 * try-with-resources is a {@code with} statement. Its {@code __exit__} keeps Java's rule: when the
 * block threw, an exception from {@code close()} does not replace the block's (Java suppresses it);
 * when the block ended normally, it propagates.
 */
final class ContextManagers {
  private ContextManagers() {}

  /** Whether {@code type} is a translated class (not an interface) that is AutoCloseable. */
  static boolean isUserCloseable(TranslationEnv env, TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement cls = (TypeElement) ((DeclaredType) type).asElement();
    return Stubs.isTranslated(cls) && !cls.getKind().isInterface() && isCloseable(env, type);
  }

  /** Whether {@code cls} needs its own {@code __enter__}/{@code __exit__}: AutoCloseable, and its superclass is not. */
  static boolean needsMembers(TranslationEnv env, TypeElement cls) {
    if (cls.getKind().isInterface() || !isCloseable(env, cls.asType())) {
      return false;
    }
    TypeMirror parent = cls.getSuperclass();
    return parent.getKind() != TypeKind.DECLARED || !isCloseable(env, parent);
  }

  private static boolean isCloseable(TranslationEnv env, TypeMirror type) {
    TypeElement closeable = env.elements().getTypeElement(dev.jmpy.processor.library.Jdk.AUTO_CLOSEABLE);
    return env.types().isAssignable(env.types().erasure(type), closeable.asType());
  }

  /**
   * <pre>
   * def __enter__(self):
   *     return self
   *
   * def __exit__(self, exc_type, exc, tb):
   *     if exc_type is None:
   *         self.close()
   *     else:
   *         try:
   *             self.close()
   *         except BaseException:
   *             pass
   * </pre>
   */
  static List<PyStmt> members() {
    PyExpr close = new PyExpr.Call(new PyExpr.Attribute(new PyExpr.Name("self"), "close"), List.of());
    PyStmt enter = new PyStmt.FunctionDef("__enter__", List.of("self"), false,
        List.of(new PyStmt.Return(new PyExpr.Name("self"))));
    PyStmt quietClose = new PyStmt.Try(List.of(new PyStmt.ExprStmt(close)),
        List.of(new PyStmt.Handler(List.of(new PyExpr.Name("BaseException")), null,
            List.of(new PyStmt.Pass()))),
        List.of());
    PyStmt exit = new PyStmt.FunctionDef("__exit__", List.of("self", "exc_type", "exc", "tb"), false,
        List.of(new PyStmt.If(new PyExpr.BinOp(new PyExpr.Name("exc_type"), "is",
            new PyExpr.Literal("None")), List.of(new PyStmt.ExprStmt(close)), List.of(quietClose))));
    return List.of(enter, exit);
  }
}
