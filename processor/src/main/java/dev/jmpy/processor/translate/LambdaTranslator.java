package dev.jmpy.processor.translate;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
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

  /**
   * A lambda: a Python function; for one of your interfaces, an instance of the interface's Python
   * class holding it ({@code Shape(lambda: 4.0)}), whose default methods and tags it then has.
   */
  PyExpr lambda(LambdaExpr lambda, FunctionContext f) {
    return heldByOwnInterface(lambda, function(lambda, f));
  }

  /** A method reference, held like a lambda for one of your interfaces. */
  PyExpr methodReference(MethodReferenceExpr reference, FunctionContext f) {
    return heldByOwnInterface(reference, referencedFunction(reference, f));
  }

  /** {@code Iface(fn)} when the lambda's type is one of your interfaces, else {@code fn}. */
  private PyExpr heldByOwnInterface(Expression lambda, PyExpr function) {
    TypeElement type = JavaTypes.classOf(expressions.typeOf(lambda));
    if (function != ExpressionTranslator.ERROR && type != null
        && type.getQualifiedName().contentEquals(dev.jmpy.processor.library.Jdk.ITERABLE)) {
      // for-each iterates with Python's protocol (__iter__), which a function does not have
      return new PyExpr.Call(expressions.calls().module().helper(
          dev.jmpy.processor.runtime.Helper.ITERABLE_FUNCTION), List.of(function));
    }
    if (function == ExpressionTranslator.ERROR || type == null || !type.getKind().isInterface()
        || !dev.jmpy.processor.types.Stubs.isYours(type)) {
      return function;
    }
    return new PyExpr.Call(expressions.classReference(type), List.of(function));
  }

  private PyExpr function(LambdaExpr lambda, FunctionContext f) {
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
    boolean returnsValue = returnsValue(lambda);
    boolean effect = single.isPresent() && (single.get() instanceof AssignExpr
        || single.get() instanceof UnaryExpr u && Operators.isIncrementOrDecrement(u));
    if (single.isPresent() && !(effect && !returnsValue)
        && !(single.get() instanceof MethodCallExpr call
            && expressions.calls().isStatementOnly(call))) {
      PyExpr body = expressions.translate(single.get(), inner);
      List<PyStmt> before = inner.drainHoisted();
      Set<String> bound = new HashSet<>();
      dev.jmpy.processor.python.PyNames.expression(body, bound);
      boolean assignsGlobal = bound.stream().anyMatch(n -> f.module().definesModuleLevel(n));
      if (!before.isEmpty() || assignsGlobal) {
        // statements before the value (a switch expression's def, an effect), or := on a
        // module variable (which needs a global declaration): a def, not a lambda
        List<PyStmt> block = new ArrayList<>(before);
        block.add(returnsValue ? new PyStmt.Return(body) : new PyStmt.ExprStmt(body));
        String name = f.temporary("lambda");
        f.hoist(new PyStmt.FunctionDef(name, withCaptures(params, inner), false, block));
        return new PyExpr.Name(name);
      }
      List<PyExpr.Param> all = new ArrayList<>(params.stream().map(PyExpr.Param::new).toList());
      for (String captured : inner.captured()) {
        all.add(new PyExpr.Param(captured, new PyExpr.Name(captured)));
      }
      return new PyExpr.Lambda(all, body);
    }
    // A block body (or a statement) needs a def, placed before the statement that makes it.
    return hoisted(lambda, f, inner, params, "lambda", false);
  }

  /** Whether the lambda's functional method returns a value (else an assignment is a statement). */
  private boolean returnsValue(LambdaExpr lambda) {
    TypeElement type = JavaTypes.classOf(expressions.typeOf(lambda));
    return type == null || JavaTypes.functionalMethod(type)
        .map(m -> m.getReturnType().getKind() != javax.lang.model.type.TypeKind.VOID)
        .orElse(true);
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
  private PyExpr referencedFunction(MethodReferenceExpr reference, FunctionContext f) {
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
        return new JdkReferences(env, expressions).reference(reference, m, true, f)
            .orElseGet(() -> expressions.reject(Message.LAMBDA_TARGET, reference, "the constructor reference "
                + reference, "write it as a lambda"));
      }
      if (!ConstructorKeys.keywords(m).isEmpty()) {
        return expressions.reject(Message.CONSTRUCTOR_KEY, reference, "the constructor reference "
            + reference + " to a constructor that shares its number of parameters with another",
            "write it as a lambda (x -> new " + owner.getSimpleName() + "(x))");
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
      return new PyExpr.Attribute(boundReceiver(reference, qualifier, f), name);
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

  /**
   * The receiver of {@code value::method} as Python: {@code self}, a field, a local, a captured
   * variable (JavaParser parses a plain name there as a type; javac's qualifier tells which).
   */
  PyExpr boundReceiver(MethodReferenceExpr reference, Optional<Element> qualifier,
      FunctionContext f) {
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
    return receiver;
  }

  /** A JDK method named by a reference: its library row's Python function, if it has one. */
  private PyExpr jdkReference(MethodReferenceExpr reference, TypeElement owner,
      ExecutableElement m, boolean typeScope, FunctionContext f) {
    Optional<PyExpr> function = env.library().reference(owner, m.getSimpleName().toString())
        .map(row -> row.translate(JavaCallSite.of(reference, m, f, expressions), typeScope));
    if (function.isPresent()) {
      return function.get();
    }
    Optional<PyExpr> generic = new JdkReferences(env, expressions).reference(reference, m,
        typeScope, f);
    if (generic.isPresent()) {
      return generic.get();
    }
    return expressions.reject(Message.LAMBDA_TARGET, reference, "the method reference " + reference,
        "write it as a lambda");
  }
}
