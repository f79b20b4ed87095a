package dev.jmpy.processor.translate;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
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
      return new PyExpr.Lambda(withCaptures(params, inner), body);
    }
    // A block body (or a statement) needs a def, placed before the statement that makes it.
    return hoisted(lambda, f, inner, params, "lambda", false);
  }

  /** The lambda as a {@code def} (or {@code async def}) placed before the current statement. */
  private PyExpr hoisted(LambdaExpr lambda, FunctionContext f, FunctionContext inner,
      List<String> params, String prefix, boolean async) {
    StatementTranslator statements = new StatementTranslator(env, expressions);
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
    if (isFunctionType(type)) {
      Optional<String> defaultMethod = defaultMethodOf(type);
      if (defaultMethod.isEmpty()) {
        return false;
      }
      expressions.unsupported(function, "a lambda or method reference for " + type.getSimpleName()
          + ", which has the default method " + defaultMethod.get() + "()",
          "a lambda is a plain Python function without " + defaultMethod.get()
              + "(); implement " + type.getSimpleName() + " with a class");
      return true;
    }
    expressions.unsupported(function, "a lambda or method reference for " + type.getSimpleName()
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
    return functionalMethod(type)
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
      return expressions.unsupported(reference, "the method reference " + reference,
          "javac did not resolve it");
    }
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    TypeElement target = JavaTypes.classOf(expressions.typeOf(reference));
    if (target != null && isCoroutineFunction(target)
        && !dev.jmpy.processor.types.Stubs.isCoroutine(m)) {
      env.report(reference, dev.jmpy.processor.diag.Message.PLAIN_COROUTINE_FUNCTION,
          reference.toString(), target.getSimpleName());
      return ExpressionTranslator.ERROR;
    }
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    // JavaParser cannot tell fn::tag (a variable) from Fn::tag (a type); javac can.
    Optional<Element> qualifier = env.oracle().referenceQualifier(reference);
    boolean typeScope = qualifier.map(e -> e.getKind().isClass() || e.getKind().isInterface())
        .orElse(reference.getScope() instanceof TypeExpr);
    if (m.getKind() == ElementKind.CONSTRUCTOR) {
      if (!dev.jmpy.processor.types.Stubs.isTranslated(owner)) {
        return expressions.unsupported(reference, "a constructor reference of a JDK class",
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
    return new PyExpr.Lambda(params, new PyExpr.Call(
        new PyExpr.Attribute(new PyExpr.Name("_o"), name), args));
  }

  /** The JDK methods a reference may name: a few common ones, written as Python lambdas. */
  private PyExpr jdkReference(MethodReferenceExpr reference, TypeElement owner,
      ExecutableElement m, boolean typeScope, FunctionContext f) {
    String key = owner.getQualifiedName() + "#" + m.getSimpleName();
    PyExpr x = new PyExpr.Name("_o");
    PyExpr body = switch (key) {
      case "java.lang.String#length" -> new PyExpr.Call(new PyExpr.Name("len"), List.of(x));
      case "java.lang.String#toUpperCase" -> new PyExpr.Call(new PyExpr.Attribute(x, "upper"), List.of());
      case "java.lang.String#toLowerCase" -> new PyExpr.Call(new PyExpr.Attribute(x, "lower"), List.of());
      case "java.lang.String#trim", "java.lang.String#strip" ->
          new PyExpr.Call(new PyExpr.Attribute(x, "strip"), List.of());
      case "java.lang.String#isEmpty" -> new PyExpr.BinOp(
          new PyExpr.Call(new PyExpr.Name("len"), List.of(x)), "==", new PyExpr.Literal("0"));
      case "java.lang.Integer#parseInt" -> new PyExpr.Call(
          expressions.calls().module().helper(Helper.PARSE_INTEGER),
          List.of(x, new PyExpr.Literal("2147483648")));
      case "java.lang.Math#abs" -> new PyExpr.Call(new PyExpr.Name("abs"), List.of(x));
      default -> null;
    };
    if (body != null && typeScope) {
      return new PyExpr.Lambda(List.of("_o"), body);
    }
    if (typeScope && m.getParameters().size() == 2) {
      // Integer::sum, Long::sum, Math::max, Math::min: the two-argument reducers of merge/reduce.
      PyExpr a = new PyExpr.Name("_a");
      PyExpr b = new PyExpr.Name("_b");
      PyExpr two = switch (key) {
        case "java.lang.Integer#sum" -> new PyExpr.Call(
            expressions.calls().module().helper(Helper.WRAP_INT), List.of(new PyExpr.BinOp(a, "+", b)));
        case "java.lang.Long#sum" -> new PyExpr.Call(
            expressions.calls().module().helper(Helper.WRAP_LONG), List.of(new PyExpr.BinOp(a, "+", b)));
        case "java.lang.Integer#max", "java.lang.Long#max", "java.lang.Math#max" ->
            new PyExpr.Call(new PyExpr.Name("max"), List.of(a, b));
        case "java.lang.Integer#min", "java.lang.Long#min", "java.lang.Math#min" ->
            new PyExpr.Call(new PyExpr.Name("min"), List.of(a, b));
        default -> null;
      };
      if (two != null) {
        return new PyExpr.Lambda(List.of("_a", "_b"), two);
      }
    }
    Optional<Element> qualifier = env.oracle().referenceQualifier(reference);
    if (key.equals("java.io.PrintStream#println") && m.getParameters().size() == 1
        && qualifier.isPresent() && qualifier.get().getKind() == ElementKind.FIELD
        && ((TypeElement) qualifier.get().getEnclosingElement()).getQualifiedName()
            .contentEquals("java.lang.System")) {
      // System.out::println: each value printed with Java's text.
      List<PyExpr.Keyword> keywords = qualifier.get().getSimpleName().contentEquals("err")
          ? List.of(new PyExpr.Keyword("file", new PyExpr.Attribute(
              expressions.calls().module().stubModule("sys"), "stderr")))
          : List.of();
      return new PyExpr.Lambda(List.of("_o"), new PyExpr.Call(new PyExpr.Name("print"),
          List.of(new PyExpr.Call(expressions.calls().module().helper(Helper.JAVA_TEXT),
              List.of(x))), keywords));
    }
    return expressions.unsupported(reference, "the method reference " + reference,
        "write it as a lambda");
  }

  /**
   * The single abstract method of a functional interface type, if {@code type} is one. Calls to
   * it are calls of the Python function the value is.
   */
  static Optional<ExecutableElement> functionalMethod(TypeElement type) {
    if (!type.getKind().isInterface()) {
      return Optional.empty();
    }
    ExecutableElement found = null;
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getModifiers().contains(Modifier.ABSTRACT)
          && !isObjectMethod((ExecutableElement) e)) {
        if (found != null) {
          return Optional.empty();
        }
        found = (ExecutableElement) e;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean isObjectMethod(ExecutableElement m) {
    String name = m.getSimpleName().toString();
    return (name.equals("equals") && m.getParameters().size() == 1)
        || (name.equals("hashCode") || name.equals("toString")) && m.getParameters().isEmpty();
  }

  /** Whether values of {@code type} are Python functions: JDK functional interfaces and user @FunctionalInterface ones. */
  static boolean isFunctionType(TypeElement type) {
    if (functionalMethod(type).isEmpty()) {
      return false;
    }
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.util.function.") || name.equals("java.lang.Runnable")
        || name.equals("java.util.Comparator")
        || type.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString()
            .equals("java.lang.FunctionalInterface"));
  }
}
