package dev.jmpy.processor.translate;

import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a Java record gives its Python class: the canonical constructor (running a compact
 * constructor's checks first), an accessor method per component, and Java's {@code toString}
 * ({@code Point[x=1, y=2]}), {@code equals} and a hash for dict keys, unless the record declares
 * them. Components are stored as {@code self._x} beside the accessor {@code x()}.
 */
final class RecordTranslation {
  private final TranslationEnv env;
  private final ModuleContext module;
  private final ExpressionTranslator expressions;
  private final StatementTranslator statements;

  RecordTranslation(TranslationEnv env, ModuleContext module, ExpressionTranslator expressions,
      StatementTranslator statements) {
    this.env = env;
    this.module = module;
    this.expressions = expressions;
    this.statements = statements;
  }

  PyStmt canonicalConstructor(RecordDeclaration record, CompactConstructorDeclaration compact) {
    FunctionContext f = new FunctionContext(module, false, true);
    List<String> params = new ArrayList<>(List.of("self"));
    for (Parameter p : record.getParameters()) {
      statements.checkType(p.getType(), p);
      params.add(f.local(p.getNameAsString()));
    }
    List<PyStmt> body = new ArrayList<>();
    if (compact != null) {
      body.addAll(statements.block(compact.getBody().getStatements(), f));
    }
    List<VariableElement> fields = components();
    for (int i = 0; i < fields.size(); i++) {
      body.add(new PyStmt.Assign(field(new PyExpr.Name("self"), fields.get(i)),
          new PyExpr.Name(f.local(record.getParameter(i).getNameAsString()))));
    }
    return new PyStmt.FunctionDef("__init__", params, false, body);
  }

  /** Accessors, {@code __str__}, {@code __eq__} and {@code __hash__} the record does not declare. */
  List<PyStmt> implicitMembers(RecordDeclaration record, List<PyStmt> declared) {
    List<String> declaredNames = declared.stream()
        .map(s -> ((PyStmt.FunctionDef) s).name()).toList();
    List<PyStmt> out = new ArrayList<>();
    PyExpr self = new PyExpr.Name("self");
    List<VariableElement> fields = components();
    for (Element e : module.type().getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && !e.getModifiers().contains(Modifier.STATIC)) {
        String name = module.names().member(e);
        VariableElement field = fields.stream()
            .filter(v -> v.getSimpleName().contentEquals(e.getSimpleName())).findFirst().orElse(null);
        if (field != null && !declaredNames.contains(name)) {
          out.add(new PyStmt.FunctionDef(name, List.of("self"), false,
              List.of(new PyStmt.Return(field(self, field)))));
        }
      }
    }
    String className = module.names().className();
    if (!declaredNames.contains("__str__")) {
      // Java's simple name (a local record's Python class may carry a number)
      PyExpr text = new PyExpr.Literal(Literals.string(module.type().getSimpleName() + "["));
      for (int i = 0; i < fields.size(); i++) {
        VariableElement v = fields.get(i);
        String label = (i == 0 ? "" : ", ") + v.getSimpleName() + "=";
        text = new PyExpr.BinOp(text, "+", new PyExpr.Literal(Literals.string(label)));
        text = new PyExpr.BinOp(text, "+", expressions.strings().text(field(self, v), v.asType(),
            record.getParameter(i)));
      }
      text = new PyExpr.BinOp(text, "+", new PyExpr.Literal("\"]\""));
      out.add(new PyStmt.FunctionDef("__str__", List.of("self"), false,
          List.of(new PyStmt.Return(text))));
    }
    if (!declaredNames.contains("__eq__")) {
      PyExpr other = new PyExpr.Name("other");
      PyExpr test = new PyExpr.Call(new PyExpr.Name("isinstance"),
          List.of(other, new PyExpr.Name(className)));
      dev.jmpy.processor.analysis.JavaTypes types = new dev.jmpy.processor.analysis.JavaTypes(env.types());
      for (VariableElement v : fields) {
        test = new PyExpr.BinOp(test, "and", componentEquals(v, field(self, v), field(other, v), types));
      }
      out.add(new PyStmt.FunctionDef("__eq__", List.of("self", "other"), false,
          List.of(new PyStmt.Return(test))));
    }
    if (!declaredNames.contains("__hash__")) {
      // A list component (or array) is unhashable in Python: its items are hashed as a tuple.
      List<PyExpr> values = fields.stream().map(v -> isSequence(v.asType())
          ? new PyExpr.IfExp(new PyExpr.BinOp(field(self, v), "is", new PyExpr.Literal("None")),
              new PyExpr.Literal("None"), new PyExpr.Call(new PyExpr.Name("tuple"),
                  List.of(field(self, v))))
          : field(self, v)).toList();
      PyExpr tuple = new PyExpr.Call(new PyExpr.Name("tuple"), List.of(new PyExpr.ListExpr(values)));
      out.add(new PyStmt.FunctionDef("__hash__", List.of("self"), false,
          List.of(new PyStmt.Return(new PyExpr.Call(new PyExpr.Name("hash"), List.of(tuple))))));
    }
    return out;
  }

  /**
   * A component compared as Java's record does: an array as Object.equals (the same array), a
   * float as Float.compare (NaN equals NaN, 0.0 not -0.0: {@code _jeq}), a Float or Double as
   * Objects.equals, anything else by its own equality.
   */
  private PyExpr componentEquals(VariableElement v, PyExpr a, PyExpr b,
      dev.jmpy.processor.analysis.JavaTypes types) {
    javax.lang.model.type.TypeMirror type = v.asType();
    if (type.getKind() == javax.lang.model.type.TypeKind.ARRAY) {
      return new PyExpr.BinOp(a, "is", b);
    }
    if (types.isFloating(type)) {
      PyExpr bits = new PyExpr.Call(module.helper(Helper.OBJECT_EQUALS), List.of(a, b));
      if (type.getKind().isPrimitive()) {
        return bits;
      }
      return new PyExpr.BinOp(new PyExpr.BinOp(a, "is", b), "or", new PyExpr.BinOp(
          new PyExpr.BinOp(a, "is not", new PyExpr.Literal("None")), "and", bits));
    }
    return new PyExpr.BinOp(a, "==", b);
  }

  private boolean isSequence(javax.lang.model.type.TypeMirror type) {
    if (type.getKind() == javax.lang.model.type.TypeKind.ARRAY) {
      return true;
    }
    TypeElement list = env.elements().getTypeElement(dev.jmpy.processor.library.Jdk.LIST);
    return env.types().isAssignable(env.types().erasure(type), env.types().erasure(list.asType()));
  }

  private PyExpr field(PyExpr object, VariableElement field) {
    return new PyExpr.Attribute(object, module.names().member(field));
  }

  /** The record's component fields, in declaration order. */
  private List<VariableElement> components() {
    return module.type().getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC))
        .map(e -> (VariableElement) e)
        .toList();
  }
}
