package dev.jmpy.processor.library;

import com.github.javaparser.ast.Node;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.types.Stubs;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Java's natural order ({@code Comparable.compareTo}) of a type, in Python: numbers, Strings and
 * booleans compare with Python's own operators; enums by ordinal; a translated class through its
 * compareTo method. Where the type is not known (a type variable, Object, an interface), the sort
 * or sorted collection is rejected: Python has no compareTo to fall back on.
 */
final class NaturalOrder {
  private NaturalOrder() {}

  /** Whether Python's {@code <} orders values of {@code type} as Java's compareTo does. */
  static boolean isBuiltin(CallSite site, TypeMirror type) {
    JavaTypes types = site.javaTypes();
    return type != null && (types.isIntegral(type) || types.isFloating(type)
        || types.isBoolean(type) || Jdk.isString(type));
  }

  /**
   * {@code cmp(a, b)} with compareTo's sign for values of {@code type} (reversed: {@code cmp(b, a)}),
   * or, when the order is unknown, {@link CallSite#ERROR} after reporting JMPY060 at
   * {@code at}, where {@code what} names the operation.
   */
  static PyExpr comparator(CallSite site, TypeMirror type, boolean reversed, Node at,
      String what) {
    PyExpr a = new PyExpr.Name(reversed ? "b" : "a");
    PyExpr b = new PyExpr.Name(reversed ? "a" : "b");
    List<String> params = List.of("a", "b");
    if (isBuiltin(site, type)) {
      // (a > b) - (a < b): -1, 0 or 1
      return PyExpr.Lambda.of(params, new PyExpr.BinOp(new PyExpr.BinOp(a, ">", b), "-",
          new PyExpr.BinOp(a, "<", b)));
    }
    TypeElement cls = JavaTypes.classOf(type);
    if (cls != null && cls.getKind() == ElementKind.ENUM && Stubs.isTranslated(cls)) {
      return PyExpr.Lambda.of(params, new PyExpr.BinOp(
          new PyExpr.Attribute(a, ObjectRows.ENUM_ORDINAL), "-",
          new PyExpr.Attribute(b, ObjectRows.ENUM_ORDINAL)));
    }
    Optional<ExecutableElement> compareTo = cls == null ? Optional.empty() : compareTo(site, cls);
    if (compareTo.isPresent()) {
      return PyExpr.Lambda.of(params, new PyExpr.Call(
          new PyExpr.Attribute(a, site.memberName(compareTo.get())), List.of(b)));
    }
    String shown = type == null ? "values of an unknown type" : "values of type " + type;
    String instead = cls != null && Stubs.isTranslated(cls) && !cls.getKind().isInterface()
        ? cls.getSimpleName() + " does not implement Comparable; implement compareTo, or pass a "
            + "Comparator"
        : "declare the elements with a concrete @MicroPython class that implements "
            + "Comparable (or Integer, Long, String, an enum), or pass a Comparator";
    return site.rejectAt(at, Message.UNKNOWN_NATURAL_ORDER, what, shown, instead);
  }

  /** The element type of a collection or array type (its first type argument), or null. */
  static TypeMirror elementType(TypeMirror collection) {
    if (collection instanceof javax.lang.model.type.ArrayType array) {
      return array.getComponentType();
    }
    if (collection instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      TypeMirror arg = declared.getTypeArguments().get(0);
      if (arg instanceof javax.lang.model.type.WildcardType wildcard) {
        return wildcard.getExtendsBound();
      }
      return arg;
    }
    return null;
  }

  /**
   * The compareTo of a translated class (declared in it or a translated superclass) that
   * implements {@code Comparable.compareTo}.
   */
  private static Optional<ExecutableElement> compareTo(CallSite site, TypeElement cls) {
    if (!Stubs.isTranslated(cls)) {
      return Optional.empty();
    }
    TypeElement comparable = site.elements().getTypeElement(Jdk.COMPARABLE);
    ExecutableElement abstractCompareTo = comparable.getEnclosedElements().stream()
        .filter(e -> e.getSimpleName().contentEquals("compareTo"))
        .map(e -> (ExecutableElement) e).findFirst().orElseThrow();
    for (Element member : site.elements().getAllMembers(cls)) {
      if (member instanceof ExecutableElement m && m.getSimpleName().contentEquals("compareTo")
          && !m.getModifiers().contains(Modifier.STATIC) && !m.getModifiers().contains(Modifier.ABSTRACT)
          && m.getEnclosingElement() instanceof TypeElement owner && Stubs.isTranslated(owner)
          && site.elements().overrides(m, abstractCompareTo, cls)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
