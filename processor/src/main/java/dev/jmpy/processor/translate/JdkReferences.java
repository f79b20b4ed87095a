package dev.jmpy.processor.translate;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.library.LibraryRegistry;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * A reference to a JDK method or constructor that no reference row writes by itself
 * ({@code Integer::compare}, {@code String::valueOf}, {@code Character::isLetter},
 * {@code names::add}, {@code ArrayList::new}): the Python lambda whose body is the call that row
 * writes for the same method, applied to the lambda's parameters. So every JDK call jmpy
 * translates can also be referenced, with the same result. Java evaluates a bound receiver
 * ({@code names} in {@code names::add}) once, where the reference is: it becomes a default
 * argument, {@code lambda _a0, _r=names: _r.append(_a0) or True}.
 */
final class JdkReferences {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  JdkReferences(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  /** The lambda, or empty when the method has no call row (or the shapes do not match). */
  Optional<PyExpr> reference(MethodReferenceExpr reference, ExecutableElement m,
      boolean typeScope, FunctionContext f) {
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    boolean constructor = m.getKind() == ElementKind.CONSTRUCTOR;
    Optional<LibraryRegistry.CallRow> row = constructor
        ? env.library().creation(owner) : env.library().call(owner, m.getSimpleName().toString());
    List<TypeMirror> parameters = functionParameters(reference);
    if (row.isEmpty() || parameters == null) {
      return Optional.empty();
    }
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    boolean unbound = !constructor && !isStatic && typeScope;
    int own = m.getParameters().size() + (unbound ? 1 : 0);
    if (own != parameters.size() || m.isVarArgs()) {
      return Optional.empty();
    }
    FunctionContext inner = f.lambda(Set.of());
    List<PyExpr.Param> params = new ArrayList<>();
    List<Expression> arguments = new ArrayList<>();
    Expression receiver = null;
    for (int i = 0; i < parameters.size(); i++) {
      String name = "_a" + i;
      params.add(new PyExpr.Param(name));
      Expression argument = synthetic(reference, name, new PyExpr.Name(name), parameters.get(i));
      if (unbound && i == 0) {
        receiver = argument;
      } else {
        arguments.add(argument);
      }
    }
    if (!constructor && !isStatic && !typeScope) {
      // value::method: the receiver as Java saw it when the reference was made
      Optional<javax.lang.model.element.Element> qualifier =
          env.oracle().referenceQualifier(reference);
      PyExpr bound = new LambdaTranslator(env, expressions).boundReceiver(reference, qualifier, f);
      if (!(reference.getScope() instanceof ThisExpr)) {
        params.add(new PyExpr.Param("_r", bound));
        bound = new PyExpr.Name("_r");
      }
      // a plain name there is a TypeExpr to JavaParser; its variable has the type
      TypeMirror receiverType = qualifier
          .filter(e -> e instanceof javax.lang.model.element.VariableElement)
          .map(javax.lang.model.element.Element::asType)
          .orElseGet(() -> expressions.typeOf(reference.getScope()));
      receiver = synthetic(reference, "_r", bound, receiverType);
    }
    Expression call;
    if (constructor) {
      ObjectCreationExpr creation = new ObjectCreationExpr(null,
          new ClassOrInterfaceType(null, owner.getSimpleName().toString()), new NodeList<>(arguments));
      call = creation;
    } else {
      MethodCallExpr methodCall = new MethodCallExpr(receiver, m.getSimpleName().toString(),
          new NodeList<>(arguments));
      call = methodCall;
    }
    reference.getRange().ifPresent(call::setRange);
    TypeMirror result = resultType(reference, m, constructor);
    expressions.substitute(call, null, result);
    JavaCallSite site = constructor
        ? JavaCallSite.of((ObjectCreationExpr) call, m, inner, expressions)
        : JavaCallSite.of((MethodCallExpr) call, m, inner, expressions);
    Optional<PyExpr> rejected = constructor ? Optional.empty() : env.library().guard(owner, site);
    PyExpr body = rejected.orElseGet(() -> row.get().translate(site));
    List<PyStmt> before = inner.drainHoisted();
    if (body == ExpressionTranslator.ERROR || !before.isEmpty()) {
      return body == ExpressionTranslator.ERROR ? Optional.of(body) : Optional.empty();
    }
    return Optional.of(new PyExpr.Lambda(params, body));
  }

  /** A Java name standing for a lambda parameter, with its Python and its type. */
  private Expression synthetic(MethodReferenceExpr reference, String name, PyExpr python,
      TypeMirror type) {
    NameExpr expression = new NameExpr(name);
    reference.getRange().ifPresent(expression::setRange);
    expressions.substitute(expression, python, type);
    return expression;
  }

  /** The parameter types of the functional interface's method, as the reference's type has them. */
  private List<TypeMirror> functionParameters(MethodReferenceExpr reference) {
    TypeMirror type = expressions.typeOf(reference);
    TypeElement element = JavaTypes.classOf(type);
    if (!(type instanceof DeclaredType declared) || element == null) {
      return null;
    }
    Optional<ExecutableElement> method = JavaTypes.functionalMethod(element);
    if (method.isEmpty()) {
      return null;
    }
    try {
      ExecutableType member = (ExecutableType) env.types().asMemberOf(declared, method.get());
      return List.copyOf(member.getParameterTypes());
    } catch (IllegalArgumentException e) {
      return method.get().getParameters().stream().map(p -> p.asType()).toList();
    }
  }

  /** What the referenced call gives: the created type, or the method's result. */
  private TypeMirror resultType(MethodReferenceExpr reference, ExecutableElement m,
      boolean constructor) {
    TypeMirror type = expressions.typeOf(reference);
    TypeElement element = JavaTypes.classOf(type);
    if (type instanceof DeclaredType declared && element != null) {
      Optional<ExecutableElement> method = JavaTypes.functionalMethod(element);
      if (method.isPresent()) {
        try {
          TypeMirror result = ((ExecutableType) env.types().asMemberOf(declared, method.get()))
              .getReturnType();
          if (result.getKind() != javax.lang.model.type.TypeKind.VOID) {
            return result;
          }
        } catch (IllegalArgumentException e) {
          // fall back to the method's own type
        }
      }
    }
    return constructor ? m.getEnclosingElement().asType() : m.getReturnType();
  }
}
