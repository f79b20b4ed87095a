package dev.jmpy.processor.translate;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.Jdk;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Lambdas and method references that are plain functions ({@code java.util.function} and other
 * functional interfaces): Python lambdas, or a definition placed before the statement for a block
 * body. Captured locals are bound as default arguments ({@code lambda x, n=n: x + n}) since Java
 * captures their value, while a Python closure would see a loop variable's later values.
 */
final class LambdaTranslator {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  LambdaTranslator(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  PyExpr lambda(LambdaExpr lambda, FunctionContext f) {
    if (unannotatedOwnInterface(lambda)) {
      return ExpressionTranslator.ERROR;
    }
    Set<String> own = new HashSet<>();
    for (Parameter p : lambda.getParameters()) {
      own.add(p.getNameAsString());
    }
    lambda.getBody().findAll(VariableDeclarator.class).forEach(v -> own.add(v.getNameAsString()));
    boolean coroutine = isCoroutineFunction(lambda);
    FunctionContext inner = coroutine ? f.coroutineLambda(own) : f.lambda(own);
    List<String> params = new ArrayList<>();
    for (Parameter p : lambda.getParameters()) {
      params.add(inner.local(p.getNameAsString()));
    }
    if (coroutine) {
      // A coroutine function (ClientHandler): MicroPython needs an async def, never a lambda.
      return hoisted(lambda, f, inner, params, "handler", true);
    }
    Optional<Expression> single = lambda.getBody() instanceof ExpressionStmt e
        ? Optional.of(e.getExpression()) : Optional.empty();
    if (single.isPresent() && !(single.get() instanceof AssignExpr)
        && !(single.get() instanceof UnaryExpr u && Operators.isIncrementOrDecrement(u))) {
      PyExpr body = expressions.translate(single.get(), inner);
      List<PyExpr.Param> all = new ArrayList<>(params.stream().map(PyExpr.Param::new).toList());
      for (String captured : inner.captured()) {
        all.add(new PyExpr.Param(captured, new PyExpr.Name(captured)));
      }
      return new PyExpr.Lambda(all, body);
    }
    // A block body (or a statement) needs a def, placed before the statement that makes it.
    return hoisted(lambda, f, inner, params, "lambda", false);
  }

  /** The lambda as a {@code def} (or {@code async def}) placed before the current statement. */
  private PyExpr hoisted(LambdaExpr lambda, FunctionContext f, FunctionContext inner,
      List<String> params, String prefix, boolean async) {
    StatementTranslator statements = expressions.statements();
    List<PyStmt> body = lambda.getBody() instanceof BlockStmt block
        ? statements.block(block.getStatements(), inner)
        : statements.body(lambda.getBody(), inner);
    String name = f.temporary(prefix);
    f.hoist(new PyStmt.FunctionDef(name, withCaptures(params, inner), async, body));
    return new PyExpr.Name(name);
  }

  /**
   * A lambda for one of your interfaces without {@code @FunctionalInterface}: its calls are method
   * calls ({@code r.read()}), which a Python function cannot answer. Reports it and returns true.
   */
  private boolean unannotatedOwnInterface(Expression function) {
    TypeElement type = JavaTypes.classOf(expressions.typeOf(function));
    if (type == null || !type.getKind().isInterface()
        || !dev.jmpy.processor.types.Stubs.isTranslated(type)) {
      return false;
    }
    if (Jdk.isFunctionType(type)) {
      Optional<String> defaultMethod = defaultMethodOf(type);
      if (defaultMethod.isEmpty()) {
        return false;
      }
      expressions.reject(Message.LAMBDA_TARGET, function, "a lambda or method reference for " + type.getSimpleName()
          + ", which has the default method " + defaultMethod.get() + "()",
          "a lambda is a plain Python function without " + defaultMethod.get()
              + "(); implement " + type.getSimpleName() + " with a class");
      return true;
    }
    expressions.reject(Message.LAMBDA_TARGET, function, "a lambda or method reference for " + type.getSimpleName()
        + ", which is not marked @FunctionalInterface",
        "annotate " + type.getSimpleName() + " with @FunctionalInterface (jmpy then calls it as a "
            + "Python function), or implement it with a class");
    return true;
  }

  /** A default method of the interface or of its superinterfaces, if any. */
  private static Optional<String> defaultMethodOf(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if (e instanceof ExecutableElement m && m.isDefault()) {
        return Optional.of(m.getSimpleName().toString());
      }
    }
    for (javax.lang.model.type.TypeMirror parent : type.getInterfaces()) {
      if (parent instanceof javax.lang.model.type.DeclaredType d
          && dev.jmpy.processor.types.Stubs.isTranslated((TypeElement) d.asElement())) {
        Optional<String> inherited = defaultMethodOf((TypeElement) d.asElement());
        if (inherited.isPresent()) {
          return inherited;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the lambda implements a functional interface whose method is a {@code @Coroutine}. */
  private boolean isCoroutineFunction(LambdaExpr lambda) {
    TypeElement type = JavaTypes.classOf(expressions.typeOf(lambda));
    return type != null && isCoroutineFunction(type);
  }

  private static boolean isCoroutineFunction(TypeElement type) {
    return JavaTypes.functionalMethod(type)
        .map(m -> dev.jmpy.processor.types.Stubs.has(m, dev.jmpy.processor.types.Stubs.COROUTINE))
        .orElse(false);
  }

  /** {@code n=n} for each captured local, so the function keeps the value Java captured. */
  private static List<String> withCaptures(List<String> params, FunctionContext inner) {
    List<String> all = new ArrayList<>(params);
    for (String captured : inner.captured()) {
      all.add(captured + "=" + captured);
    }
    return all;
  }

  /**
   * {@code Type::staticMethod} → the function; {@code obj::method} → the bound method;
   * {@code Type::instanceMethod} → {@code lambda a, b: a.method(b)}; {@code Type::new} → the
   * class.
   */
  PyExpr methodReference(MethodReferenceExpr reference, FunctionContext f) {
    if (unannotatedOwnInterface(reference)) {
      return ExpressionTranslator.ERROR;
    }
    Optional<Element> element = env.oracle().element(reference);
    if (element.isEmpty() || !(element.get() instanceof ExecutableElement m)) {
      return expressions.reject(Message.UNRESOLVED, reference, "the method reference " + reference,
          "javac did not resolve it");
    }
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    // JavaParser cannot tell fn::tag (a variable) from Fn::tag (a type); javac can.
    Optional<Element> qualifier = env.oracle().referenceQualifier(reference);
    boolean typeScope = qualifier.map(e -> e.getKind().isClass() || e.getKind().isInterface())
        .orElse(reference.getScope() instanceof TypeExpr);
    if (m.getKind() == ElementKind.CONSTRUCTOR) {
      if (!dev.jmpy.processor.types.Stubs.isTranslated(owner)) {
        return expressions.reject(Message.LAMBDA_TARGET, reference, "a constructor reference of a JDK class",
            "write a lambda");
      }
      return expressions.classReference(owner);
    }
    if (!dev.jmpy.processor.types.Stubs.isTranslated(owner)) {
      return jdkReference(reference, owner, m, typeScope, f);
    }
    ClassNames names = ClassNames.of(owner);
    String name = names.member(m);
    if (isStatic) {
      return expressions.calls().module().isThisModule(owner)
          ? new PyExpr.Name(name)
          : new PyExpr.Attribute(expressions.calls().module().userModule(names), name);
    }
    if (!typeScope) {
      PyExpr receiver;
      if (reference.getScope() instanceof ThisExpr self) {
        receiver = expressions.translate(self, f); // self, or self._outer for Outer.this
      } else if (reference.getScope() instanceof SuperExpr) {
        receiver = new PyExpr.Call(new PyExpr.Name("super"), List.of());
      } else if (reference.getScope() instanceof TypeExpr type && qualifier.isPresent()) {
        Element e = qualifier.get();
        receiver = e.getKind() == ElementKind.FIELD
            ? expressions.field((javax.lang.model.element.VariableElement) e, null, reference, f)
            : e instanceof javax.lang.model.element.VariableElement v
                ? expressions.calls().module().innerClasses().variable(v,
                    type.getType().asString(), f, reference)
                : new PyExpr.Name(f.local(type.getType().asString()));
      } else {
        receiver = expressions.translate(reference.getScope(), f);
      }
      return new PyExpr.Attribute(receiver, name);
    }
    // Unbound: the first argument is the receiver.
    List<String> params = new ArrayList<>();
    List<PyExpr> args = new ArrayList<>();
    params.add("_o");
    for (int i = 0; i < m.getParameters().size(); i++) {
      params.add("_a" + i);
      args.add(new PyExpr.Name("_a" + i));
    }
    return PyExpr.Lambda.of(params, new PyExpr.Call(
        new PyExpr.Attribute(new PyExpr.Name("_o"), name), args));
  }

  /** A JDK method named by a reference: its library row's Python function, if it has one. */
  private PyExpr jdkReference(MethodReferenceExpr reference, TypeElement owner,
      ExecutableElement m, boolean typeScope, FunctionContext f) {
    Optional<PyExpr> function = env.library().reference(owner, m.getSimpleName().toString())
        .map(row -> row.translate(JavaCallSite.of(reference, m, f, expressions), typeScope));
    if (function.isPresent()) {
      return function.get();
    }
    return expressions.reject(Message.LAMBDA_TARGET, reference, "the method reference " + reference,
        "write it as a lambda");
  }
}
