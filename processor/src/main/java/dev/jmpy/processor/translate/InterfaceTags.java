package dev.jmpy.processor.translate;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * {@code x instanceof Shape} for one of your interfaces. Interfaces are not Python base classes
 * (MicroPython's method resolution differs from CPython's, so jmpy avoids multiple inheritance);
 * instead each class that implements one carries a class attribute {@code _is_shapes_Shape = True}
 * (inherited by its subclasses), and the test reads {@code getattr(x, "_is_shapes_Shape", False)}.
 * A lambda for one of your interfaces is an instance of the interface's own Python class, which
 * carries the tags of the interface and its superinterfaces.
 */
final class InterfaceTags {
  private InterfaceTags() {}

  /**
   * Whether {@code iface} can be tested: one of your interfaces (a lambda for it is an instance of
   * the interface's Python class, which carries the tags too).
   */
  static boolean isTestable(TypeElement iface) {
    return iface.getKind().isInterface() && Stubs.isTranslated(iface);
  }

  /** The attribute naming {@code iface}: {@code _is_} and its qualified name with underscores. */
  static String tag(TypeElement iface) {
    return "_is_" + iface.getQualifiedName().toString().replace('.', '_').replace('$', '_');
  }

  /** {@code getattr(value, "_is_...", False)}. */
  static PyExpr test(PyExpr value, TypeElement iface) {
    return new PyExpr.Call(new PyExpr.Name("getattr"), List.of(value,
        new PyExpr.Literal("\"" + tag(iface) + "\""), new PyExpr.Literal("False")));
  }

  /** The class attributes of a class implementing {@code interfaces}. */
  static List<PyStmt> members(List<TypeElement> interfaces) {
    List<PyStmt> out = new ArrayList<>();
    for (TypeElement iface : interfaces) {
      if (isTestable(iface)) {
        out.add(new PyStmt.Assign(new PyExpr.Name(tag(iface)), new PyExpr.Literal("True")));
      }
    }
    return out;
  }
}
