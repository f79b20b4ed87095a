package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.Statement;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.CallSite;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** A JDK call, creation or method reference as the library rows see it ({@link CallSite}). */
final class JavaCallSite implements CallSite {
  private final Node node;
  private final ExecutableElement method;
  private final Optional<Expression> scope;
  private final List<Expression> arguments;
  private final FunctionContext f;
  private final ExpressionTranslator expressions;

  private JavaCallSite(Node node, ExecutableElement method, Optional<Expression> scope,
      List<Expression> arguments, FunctionContext f, ExpressionTranslator expressions) {
    this.node = node;
    this.method = method;
    this.scope = scope;
    this.arguments = arguments;
    this.f = f;
    this.expressions = expressions;
  }

  static JavaCallSite of(MethodCallExpr call, ExecutableElement method, FunctionContext f,
      ExpressionTranslator expressions) {
    return new JavaCallSite(call, method, call.getScope(), call.getArguments(), f, expressions);
  }

  static JavaCallSite of(ObjectCreationExpr creation, ExecutableElement constructor,
      FunctionContext f, ExpressionTranslator expressions) {
    return new JavaCallSite(creation, constructor, Optional.empty(), creation.getArguments(), f,
        expressions);
  }

  static JavaCallSite of(MethodReferenceExpr reference, ExecutableElement method,
      FunctionContext f, ExpressionTranslator expressions) {
    return new JavaCallSite(reference, method, Optional.of(reference.getScope()), List.of(), f,
        expressions);
  }

  @Override
  public Node node() {
    return node;
  }

  @Override
  public ExecutableElement method() {
    return method;
  }

  @Override
  public Optional<Expression> scope() {
    return scope;
  }

  @Override
  public List<Expression> arguments() {
    return arguments;
  }

  @Override
  public PyExpr receiver() {
    if (!(node instanceof MethodCallExpr call)) {
      throw new IllegalStateException("no receiver: " + node);
    }
    return expressions.calls().receiver(call, f);
  }

  @Override
  public PyExpr translate(Expression e) {
    return expressions.translate(e, f);
  }

  @Override
  public PyExpr text(Expression e) {
    return expressions.strings().text(e, f);
  }

  @Override
  public PyExpr printable(Expression e) {
    return expressions.strings().printable(e, f);
  }

  @Override
  public Applied apply(Expression function) {
    return new Functions(expressions, f).apply(function);
  }

  @Override
  public List<PyStmt> body(Statement statement) {
    return expressions.statements().body(statement, f);
  }

  @Override
  public String local(String javaName) {
    return f.local(javaName);
  }

  @Override
  public String temporary(String base) {
    return f.temporary(base);
  }

  @Override
  public PyExpr helper(Helper helper) {
    return expressions.calls().module().helper(helper);
  }

  @Override
  public PyExpr module(String name) {
    return expressions.calls().module().stubModule(name);
  }

  @Override
  public boolean isNonNull(Expression e) {
    return expressions.env().analyses().nullSafety().isNonNull(e);
  }

  @Override
  public PyExpr buffer(Expression e) {
    return expressions.arrays().buffer(e, f);
  }

  @Override
  public boolean wantsRawBytes() {
    return expressions.arrays().wantsRawBytes(node);
  }

  @Override
  public PyExpr userClass(javax.lang.model.element.TypeElement type) {
    return expressions.classReference(type);
  }

  @Override
  public PyExpr arrayClass() {
    return expressions.calls().module().arrayClass();
  }

  @Override
  public TypeMirror typeOf(Expression e) {
    return expressions.typeOf(e);
  }

  @Override
  public TypeMirror requireType(Expression e) {
    return expressions.requireType(e);
  }

  @Override
  public TypeMirror type() {
    return expressions.typeOf((Expression) node);
  }

  @Override
  public Optional<Element> element(Node n) {
    return expressions.env().oracle().element(n);
  }

  @Override
  public Optional<Element> referenceQualifier() {
    return node instanceof MethodReferenceExpr reference
        ? expressions.env().oracle().referenceQualifier(reference) : Optional.empty();
  }

  @Override
  public PyExpr rejectAt(Node at, Message message, Object... args) {
    expressions.env().report(at, message, args);
    return ERROR;
  }

  @Override
  public IntRanges.Range range(Expression e) {
    return expressions.env().analyses().ranges().range(e, f);
  }

  @Override
  public PyExpr wrapIfNeeded(PyExpr value, IntRanges.Range range, TypeMirror type, String what) {
    return expressions.operators().wrapIfNeeded(value, range, type, node, what);
  }

  @Override
  public String memberName(ExecutableElement member) {
    return ClassNames.of((TypeElement) member.getEnclosingElement()).member(member);
  }

  @Override
  public boolean async() {
    return f.async();
  }

  @Override
  public JavaTypes javaTypes() {
    return expressions.javaTypes();
  }

  @Override
  public Types types() {
    return expressions.env().types();
  }

  @Override
  public Elements elements() {
    return expressions.env().elements();
  }

  @Override
  public boolean carriesSimpleName(javax.lang.model.element.TypeElement type) {
    return SimpleNames.carried(type, expressions.calls().module());
  }

  @Override
  public boolean hasSource(Element element) {
    return expressions.env().oracle().hasSource(element);
  }
}
