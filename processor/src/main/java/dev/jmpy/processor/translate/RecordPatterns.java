package dev.jmpy.processor.translate;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.python.PyExpr;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Record patterns, nested and with {@code var}: {@code o instanceof Line(Point(var x, var y), Point e)}
 * is a chain of tests that binds as it goes, in Java's order:
 * {@code isinstance((_record := o), Line) and isinstance((_record2 := _record.start()), Point)
 * and ((x := _record2.x()) is x) and ...}. Each component is read by its accessor, as Java does.
 * A nested type pattern that its component's type already satisfies ({@code var x}, or
 * {@code Point e} of a {@code Point} component) matches null too, as in Java, so it only binds
 * ({@code (x := ...) is x} is always true); a narrower one tests the type, and a nested record
 * pattern never matches null.
 */
final class RecordPatterns {
  private final TranslationEnv env;
  private final ExpressionTranslator expressions;

  RecordPatterns(TranslationEnv env, ExpressionTranslator expressions) {
    this.env = env;
    this.expressions = expressions;
  }

  /** The test of {@code subject} against the record pattern; ERROR after reporting. */
  PyExpr test(RecordPatternExpr pattern, PyExpr subject, FunctionContext f, String what) {
    TypeMirror type = env.oracle().type(pattern).or(() -> env.oracle().type(pattern.getType()))
        .orElse(null);
    TypeElement record = JavaTypes.classOf(type);
    if (record == null || record.getKind() != ElementKind.RECORD
        || record.getRecordComponents().size() != pattern.getPatternList().size()) {
      return expressions.reject(dev.jmpy.processor.diag.Message.UNRESOLVED, pattern,
          "the record pattern " + pattern, "javac did not resolve it");
    }
    PyExpr value = subject;
    PyExpr bound = subject;
    if (!(subject instanceof PyExpr.Name)) {
      String temp = f.temporary("record");
      value = new PyExpr.NamedExpr(temp, subject);
      bound = new PyExpr.Name(temp);
    }
    PyExpr test = expressions.typeTest(value, type, pattern, what);
    if (test == ExpressionTranslator.ERROR) {
      return test;
    }
    List<RecordComponentElement> components = List.copyOf(record.getRecordComponents());
    for (int i = 0; i < components.size(); i++) {
      ExecutableElement accessor = components.get(i).getAccessor();
      PyExpr read = new PyExpr.Call(new PyExpr.Attribute(bound,
          ClassNames.of(record).member(accessor)), List.of());
      PyExpr one = component(pattern.getPatternList().get(i), read,
          componentType(type, accessor), f, what);
      if (one == ExpressionTranslator.ERROR) {
        return one;
      }
      test = new PyExpr.BinOp(test, "and", one);
    }
    return test;
  }

  /** One component's pattern, applied to the accessor's value. */
  private PyExpr component(Expression pattern, PyExpr read, TypeMirror componentType,
      FunctionContext f, String what) {
    if (pattern instanceof RecordPatternExpr nested) {
      return test(nested, read, f, what);
    }
    TypePatternExpr typePattern = (TypePatternExpr) pattern;
    String name = f.local(typePattern.getNameAsString());
    PyExpr binding = new PyExpr.NamedExpr(name, read);
    TypeMirror bindingType = env.oracle().element(typePattern)
        .map(javax.lang.model.element.Element::asType).orElse(null);
    boolean total = typePattern.getType().isVarType() || bindingType == null
        || componentType == null
        || env.types().isAssignable(env.types().erasure(componentType),
            env.types().erasure(bindingType));
    if (total) {
      return new PyExpr.BinOp(binding, "is", new PyExpr.Name(name)); // binds; always true
    }
    return expressions.typeTest(binding, bindingType, typePattern, what);
  }

  /** The component's type in this record type ({@code Box<String>}: String), when javac tells. */
  private TypeMirror componentType(TypeMirror recordType, ExecutableElement accessor) {
    if (recordType instanceof DeclaredType declared) {
      try {
        return ((javax.lang.model.type.ExecutableType) env.types().asMemberOf(declared, accessor))
            .getReturnType();
      } catch (IllegalArgumentException e) {
        return accessor.getReturnType();
      }
    }
    return Optional.ofNullable(accessor.getReturnType()).orElse(null);
  }
}
