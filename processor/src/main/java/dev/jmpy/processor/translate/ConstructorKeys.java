package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.Expression;
import dev.jmpy.processor.python.PyExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Constructors of a class of yours that take as many parameters as another: Python's one
 * {@code __init__} cannot tell them apart by the arguments' count, and MicroPython's values do
 * not carry Java's static types, so the constructor javac chose is named at each creation by a
 * keyword argument, {@code Temp(20, _k=1)}: {@code __init__(self, *args, _k=0)} calls
 * {@code _temp_init_1_1}. The key is the constructor's place among those of its arity, in source
 * order; a constructor whose arity is its own has none, and its creations stay {@code Temp(x)}.
 */
final class ConstructorKeys {
  /** The keyword argument naming the constructor. */
  static final String KEYWORD = "_k";

  private ConstructorKeys() {}

  /** The constructor's key, when another constructor of its class has as many parameters. */
  static OptionalInt key(ExecutableElement constructor) {
    List<ExecutableElement> same = sameArity(constructor);
    return same.size() > 1 ? OptionalInt.of(same.indexOf(constructor)) : OptionalInt.empty();
  }

  /** {@code _k=1} for a keyed constructor, else nothing. */
  static List<PyExpr.Keyword> keywords(ExecutableElement constructor) {
    if (!dev.jmpy.processor.types.Stubs.isTranslated((TypeElement) constructor.getEnclosingElement())) {
      return List.of();
    }
    OptionalInt key = key(constructor);
    return key.isPresent()
        ? List.of(new PyExpr.Keyword(KEYWORD, new PyExpr.Literal(Integer.toString(key.getAsInt()))))
        : List.of();
  }

  /** The class's constructors with as many parameters as {@code constructor}, in source order. */
  private static List<ExecutableElement> sameArity(ExecutableElement constructor) {
    List<ExecutableElement> out = new ArrayList<>();
    for (Element e : constructor.getEnclosingElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.CONSTRUCTOR && e instanceof ExecutableElement c
          && c.getParameters().size() == constructor.getParameters().size()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The constructor of {@code owner} that {@code this(args)} or {@code super(args)} calls, by
   * Java's rule for these arguments' static types: the applicable one (by arity, then by
   * assignment of each argument) most specific among those applicable.
   */
  static Optional<ExecutableElement> resolve(TypeElement owner, List<Expression> args,
      ExpressionTranslator expressions, Types types) {
    List<ExecutableElement> applicable = new ArrayList<>();
    for (Element e : owner.getEnclosedElements()) {
      if (e.getKind() != ElementKind.CONSTRUCTOR || !(e instanceof ExecutableElement c)
          || c.getParameters().size() != args.size() || c.isVarArgs()) {
        continue;
      }
      boolean fits = true;
      for (int i = 0; i < args.size() && fits; i++) {
        TypeMirror argument = expressions.typeOf(args.get(i));
        fits = argument == null || argument.getKind() == javax.lang.model.type.TypeKind.NULL
            ? !c.getParameters().get(i).asType().getKind().isPrimitive()
            : types.isAssignable(argument, c.getParameters().get(i).asType());
      }
      if (fits) {
        applicable.add(c);
      }
    }
    for (ExecutableElement candidate : applicable) {
      boolean mostSpecific = true;
      for (ExecutableElement other : applicable) {
        for (int i = 0; i < args.size() && mostSpecific; i++) {
          mostSpecific = types.isAssignable(candidate.getParameters().get(i).asType(),
              other.getParameters().get(i).asType());
        }
      }
      if (mostSpecific) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
