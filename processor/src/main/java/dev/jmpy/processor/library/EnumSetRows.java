package dev.jmpy.processor.library;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * {@code EnumSet}'s factories: a {@code _TreeSet} ordered by ordinal, as an EnumSet iterates and
 * prints; its Set methods are then the TreeSet and Set rows ({@code contains}, {@code add},
 * {@code remove}, {@code size}, iteration, text).
 */
final class EnumSetRows implements LibraryRegistry.Rows {
  static final String ENUM_SET = Jdk.ENUM_SET;

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    String set = ENUM_SET + "#";
    rows.call(set + "noneOf", s -> create(s, null))
        .call(set + "allOf", s -> {
          TypeElement e = enumOf(s);
          return e == null ? null : create(s, new PyExpr.Attribute(s.userClass(e), "_values"));
        })
        .call(set + "of", s -> create(s, new PyExpr.ListExpr(new ArrayList<>(s.args()))))
        .call(set + "copyOf", s -> create(s, s.arg(0)))
        .call(set + "range", s -> {
          TypeElement e = enumOf(s);
          return e == null ? null : create(s, new PyExpr.Call(s.helper(Helper.ENUM_RANGE),
              List.of(s.userClass(e), s.arg(0), s.arg(1))));
        });
  }

  /** The enum the set holds, one of your enums; null where it is not (no row then). */
  private static TypeElement enumOf(CallSite s) {
    TypeMirror element = NaturalOrder.elementType(s.type());
    TypeElement e = element == null ? null : dev.jmpy.processor.analysis.JavaTypes.classOf(element);
    return e != null && e.getKind() == ElementKind.ENUM && Stubs.isTranslated(e) ? e : null;
  }

  /** {@code _TreeSet(by ordinal[, items])}. */
  private static PyExpr create(CallSite s, PyExpr items) {
    if (enumOf(s) == null) {
      return null;
    }
    PyExpr byOrdinal = NaturalOrder.comparator(s, NaturalOrder.elementType(s.type()), false,
        s.node(), "EnumSet." + s.method().getSimpleName() + "()");
    List<PyExpr> args = new ArrayList<>(List.of(byOrdinal));
    if (items != null) {
      args.add(items);
    }
    return new PyExpr.Call(s.helper(Helper.TREE_SET), args);
  }
}
