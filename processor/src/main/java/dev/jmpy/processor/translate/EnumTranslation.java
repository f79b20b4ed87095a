package dev.jmpy.processor.translate;

import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Java enum adds to its Python class: the constants as class attributes made after the class
 * ({@code Color.RED = Color("RED", 0)}), the list {@code values()} copies, the table {@code
 * valueOf} reads, and a {@code __str__} that prints the name unless the enum has a toString.
 */
final class EnumTranslation {
  /** The attribute holding the constant's name ({@code name()}). */
  static final String NAME = dev.jmpy.processor.library.ObjectRows.ENUM_NAME;
  /** The attribute holding the constant's position ({@code ordinal()}). */
  static final String ORDINAL = dev.jmpy.processor.library.ObjectRows.ENUM_ORDINAL;
  /** The class attribute listing the constants in order ({@code values()}). */
  static final String VALUES = "_values";
  /** The class attribute mapping names to constants ({@code valueOf}). */
  static final String BY_NAME = "_by_name";

  private EnumTranslation() {}

  /** The constructor's leading parameters and their assignments. */
  static List<String> constructorParams() {
    return List.of(NAME, ORDINAL);
  }

  static List<PyStmt> constructorAssignments() {
    PyExpr self = new PyExpr.Name("self");
    return List.of(
        new PyStmt.Assign(new PyExpr.Attribute(self, NAME), new PyExpr.Name(NAME)),
        new PyStmt.Assign(new PyExpr.Attribute(self, ORDINAL), new PyExpr.Name(ORDINAL)));
  }

  /** {@code def __str__(self): return self._name}. */
  static PyStmt defaultStr() {
    return new PyStmt.FunctionDef("__str__", List.of("self"), false, List.of(
        new PyStmt.Return(new PyExpr.Attribute(new PyExpr.Name("self"), NAME))));
  }

  /** The statements after the class that create the constants and the lookup tables. */
  static List<PyStmt> constants(EnumDeclaration declaration, String className,
      java.util.Map<String, PyExpr> bodies, ExpressionTranslator expressions, FunctionContext f) {
    List<PyStmt> out = new ArrayList<>();
    PyExpr cls = new PyExpr.Name(className);
    List<PyExpr> all = new ArrayList<>();
    List<PyExpr> names = new ArrayList<>();
    int ordinal = 0;
    for (EnumConstantDeclaration constant : declaration.getEntries()) {
      String name = constant.getNameAsString();
      List<PyExpr> args = new ArrayList<>();
      args.add(new PyExpr.Literal(Literals.string(name)));
      args.add(new PyExpr.Literal(Integer.toString(ordinal++)));
      args.addAll(expressions.translateAll(constant.getArguments(), f));
      PyExpr attribute = new PyExpr.Attribute(cls, name);
      // a constant with a body is an instance of its own subclass of the enum
      PyExpr made = bodies.getOrDefault(name, cls);
      out.add(new PyStmt.Assign(attribute, new PyExpr.Call(made, args)));
      all.add(attribute);
      names.add(new PyExpr.Literal(Literals.string(name)));
    }
    out.add(new PyStmt.Assign(new PyExpr.Attribute(cls, VALUES), new PyExpr.ListExpr(all)));
    out.add(new PyStmt.Assign(new PyExpr.Attribute(cls, BY_NAME), new PyExpr.DictExpr(names, all)));
    return out;
  }
}
