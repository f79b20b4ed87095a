package dev.jmpy.processor.library;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * {@code System.out} and {@code System.err}: {@code print}, with {@code end=""} for print and
 * printf, {@code file=sys.stderr} for System.err. Other PrintStreams are not translated.
 */
final class PrintRows implements LibraryRegistry.Rows {
  private static final String PRINT_STREAM = "java.io.PrintStream#";
  private static final String SYSTEM = "java.lang.System";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(PRINT_STREAM + "println", s -> print(s, true))
        .call(PRINT_STREAM + "print", s -> print(s, false))
        .call(PRINT_STREAM + "printf", PrintRows::printf)
        .call(PRINT_STREAM + "format", PrintRows::printf)
        .reference(PRINT_STREAM + "println", PrintRows::printlnReference);
  }

  /** {@code System.out.println(x)} → {@code print(x)}. */
  private static PyExpr print(CallSite s, boolean newline) {
    Optional<String> stream = systemStream(s);
    if (stream.isEmpty()) {
      return null;
    }
    List<PyExpr> args = s.arity() == 0 ? List.of() : List.of(s.printable(s.argument(0)));
    List<PyExpr.Keyword> keywords = new ArrayList<>();
    if (!newline) {
      keywords.add(new PyExpr.Keyword("end", new PyExpr.Literal("\"\"")));
    }
    if (stream.get().equals("err")) {
      keywords.add(stderr(s));
    }
    return new PyExpr.Call(new PyExpr.Name("print"), args, keywords);
  }

  /** printf / format on System.out: the formatted text, printed without a newline. */
  private static PyExpr printf(CallSite s) {
    if (systemStream(s).isEmpty()) {
      return null;
    }
    PyExpr text = new Formats(s).format(s.argument(0), s.arguments().subList(1, s.arity()),
        s.node());
    List<PyExpr.Keyword> keywords = new ArrayList<>();
    keywords.add(new PyExpr.Keyword("end", new PyExpr.Literal("\"\"")));
    if (systemStream(s).get().equals("err")) {
      keywords.add(stderr(s));
    }
    return new PyExpr.Call(new PyExpr.Name("print"), List.of(text), keywords);
  }

  /** {@code System.out::println}: each value printed with Java's text. */
  private static PyExpr printlnReference(CallSite s, boolean onType) {
    Optional<Element> qualifier = s.referenceQualifier();
    if (s.method().getParameters().size() != 1 || qualifier.isEmpty()
        || qualifier.get().getKind() != ElementKind.FIELD
        || !((TypeElement) qualifier.get().getEnclosingElement()).getQualifiedName()
            .contentEquals(SYSTEM)) {
      return null;
    }
    List<PyExpr.Keyword> keywords = qualifier.get().getSimpleName().contentEquals("err")
        ? List.of(stderr(s)) : List.of();
    return PyExpr.Lambda.of(List.of("_o"), new PyExpr.Call(new PyExpr.Name("print"),
        List.of(new PyExpr.Call(s.helper(Helper.JAVA_TEXT), List.of(new PyExpr.Name("_o")))),
        keywords));
  }

  private static PyExpr.Keyword stderr(CallSite s) {
    return new PyExpr.Keyword("file", new PyExpr.Attribute(s.module("sys"), "stderr"));
  }

  /** "out" or "err" when the call is made on {@code System.out} or {@code System.err}. */
  private static Optional<String> systemStream(CallSite s) {
    Optional<Expression> scope = s.scope();
    if (scope.isEmpty() || !(scope.get() instanceof FieldAccessExpr access)) {
      return Optional.empty();
    }
    Optional<Element> field = s.element(access);
    if (field.isEmpty() || !(field.get() instanceof VariableElement v)) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) v.getEnclosingElement();
    if (!owner.getQualifiedName().contentEquals(SYSTEM)) {
      return Optional.empty();
    }
    String name = v.getSimpleName().toString();
    return name.equals("out") || name.equals("err") ? Optional.of(name) : Optional.empty();
  }
}
