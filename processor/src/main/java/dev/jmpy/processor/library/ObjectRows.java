package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;

/**
 * {@code java.lang.Enum}'s methods on a translated enum (an object with {@code _name} and
 * {@code _ordinal}), and {@code java.util.Objects}.
 */
public final class ObjectRows implements LibraryRegistry.Rows {
  /** The attribute holding an enum constant's name. */
  public static final String ENUM_NAME = "_name";
  /** The attribute holding an enum constant's ordinal. */
  public static final String ENUM_ORDINAL = "_ordinal";

  private static final String ENUM = "java.lang.Enum#";
  private static final String OBJECTS = "java.util.Objects#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(ENUM + "name", s -> new PyExpr.Attribute(s.receiver(), ENUM_NAME))
        .call(ENUM + "ordinal", s -> new PyExpr.Attribute(s.receiver(), ENUM_ORDINAL))
        .call(ENUM + "compareTo", s -> op(new PyExpr.Attribute(s.receiver(), ENUM_ORDINAL), "-",
            new PyExpr.Attribute(s.arg(0), ENUM_ORDINAL)))
        .call(ENUM + "equals", s -> op(s.receiver(), "is", s.arg(0)))
        .call(ENUM + "toString", s -> builtin("str", s.receiver()))
        .call(OBJECTS + "equals", s -> op(s.arg(0), "==", s.arg(1)))
        .call(OBJECTS + "requireNonNull", s -> s.arity() == 1 ? s.arg(0) : null);
  }
}
