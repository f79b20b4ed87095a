package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.python.PyExpr;
import java.util.List;

/**
 * {@code java.lang.Enum}'s methods on a translated enum (an object with {@code _name} and
 * {@code _ordinal}), {@code java.util.Objects}, and {@code Object.toString()}.
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
        // a class of yours without toString(): JMPY130; anything else: its string conversion
        .call("java.lang.Object#toString", s -> {
          PyExpr rejected = identity(s);
          return rejected != null ? rejected : objectText(s);
        })
        .call("java.lang.Object#hashCode", ObjectRows::identity)
        .call(OBJECTS + "equals", s -> op(s.arg(0), "==", s.arg(1)))
        // equals through Object or a type variable: the value's own == (your class's __eq__, a
        // record's, a str's, an int's; a class without equals() compares identity as Java's);
        // _jeq where the receiver may be null or a Float (NaN, -0.0)
        .call("java.lang.Object#equals", ObjectRows::objectEquals)
        // requireNonNull(x, message supplier) is not mapped (JMPY025)
        .call(OBJECTS + "requireNonNull", s -> s.arity() == 2 && !Jdk.isString(s.typeOf(
            s.argument(1))) ? null : new PyExpr.Call(s.helper(
                dev.jmpy.processor.runtime.Helper.NON_NULL), s.args()))
        .call(OBJECTS + "isNull", s -> op(s.arg(0), "is", Forms.literal("None")))
        .call(OBJECTS + "nonNull", s -> op(s.arg(0), "is not", Forms.literal("None")))
        .call(OBJECTS + "toString", ObjectRows::text)
        .call(OBJECTS + "requireNonNullElse", s -> {
          PyExpr[] value = Forms.once(s, s.arg(0), "v");
          return new PyExpr.IfExp(op(value[0], "is not", Forms.literal("None")), value[1],
              s.arg(1));
        })
        .call(OBJECTS + "hashCode", s -> Hashing.hash(s, s.arg(0), s.typeOf(s.argument(0)),
            s.node(), "Objects.hashCode()"))
        .call(OBJECTS + "hash", ObjectRows::hash);
  }

  /**
   * {@code x.toString()} resolved to Object's (x an interface, a type variable, Object; the
   * reference {@code Object::toString}): the text of x as string conversion gives it, so it is
   * exact exactly where {@code "" + x} is. An object of a class of yours without toString() has
   * Java's identity text: not mapped here.
   */
  /**
   * {@code a.equals(b)} bound to Object's: {@code a == b} where the receiver is known non-null and
   * cannot hold a float (a class of yours, this); otherwise {@code _jeq(a, b)}, which throws for a
   * null receiver and compares Floats by their bits as Float.equals does.
   */
  private static PyExpr objectEquals(CallSite s) {
    javax.lang.model.type.TypeMirror type = s.scope().map(s::typeOf).orElse(null);
    boolean plain = s.scope().map(s::isNonNull).orElse(true)
        && (type == null || type.getKind() == javax.lang.model.type.TypeKind.DECLARED
            && !JavaTypes.isClass(type, Jdk.OBJECT) && !JavaTypes.isClass(type, Jdk.NUMBER)
            && !JavaTypes.isClass(type, Jdk.COMPARABLE)
            && !JavaTypes.isClass(type, Jdk.SERIALIZABLE));
    return plain ? op(s.receiver(), "==", s.arg(0))
        : new PyExpr.Call(s.helper(Helper.OBJECT_EQUALS), List.of(s.receiver(), s.arg(0)));
  }

  private static PyExpr objectText(CallSite s) {
    if (s.scope().isEmpty() || s.arity() != 0) {
      return null;
    }
    javax.lang.model.type.TypeMirror type = s.typeOf(s.scope().get());
    javax.lang.model.element.TypeElement cls = dev.jmpy.processor.analysis.JavaTypes.classOf(type);
    if (cls != null && s.hasSource(cls)) {
      return null; // a class of yours that does not declare toString(): Java's identity text
    }
    return s.text(s.scope().get());
  }

  /**
   * Objects.toString(o): Java's text of o ("null" for null); toString(o, d) of a variable or
   * literal: {@code (d if o is None else text)}.
   */
  private static PyExpr text(CallSite s) {
    if (s.arity() == 1) {
      return s.text(s.argument(0));
    }
    if (!(s.argument(0).isNameExpr() || s.argument(0).isLiteralExpr())) {
      return null; // a computed value would be read twice: not mapped (JMPY025)
    }
    return new PyExpr.IfExp(op(s.arg(0), "is", Forms.literal("None")), s.arg(1),
        s.text(s.argument(0)));
  }

  /**
   * Objects.hash(a, b, ...): {@code _jhashcode((a, b))}, Arrays.hashCode of the values, when
   * each value's static type has a hash jmpy reproduces (else JMPY065 at that argument).
   */
  private static PyExpr hash(CallSite s) {
    if (s.arity() == 1 && s.typeOf(s.argument(0)).getKind() == javax.lang.model.type.TypeKind.ARRAY) {
      return null; // Objects.hash(array): not mapped (JMPY025)
    }
    for (int i = 0; i < s.arity(); i++) {
      javax.lang.model.type.TypeMirror type = s.typeOf(s.argument(i));
      String problem = Hashing.problem(s, type.getKind().isPrimitive()
          ? s.types().boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type);
      if (problem != null) {
        return s.rejectAt(s.argument(i), dev.jmpy.processor.diag.Message.HASH_NOT_REPRODUCED,
            "Objects.hash()", type, problem);
      }
    }
    return new PyExpr.Call(s.helper(dev.jmpy.processor.runtime.Helper.HASH_CODE),
        List.of(new PyExpr.TupleExpr(s.args())));
  }

  /**
   * Object's toString()/hashCode() called on a class of yours that declares neither: Java's
   * identity text and hash are rejected (JMPY130); on other receivers the call has no row.
   */
  private static PyExpr identity(CallSite s) {
    if (s.scope().isEmpty()) {
      return null;
    }
    javax.lang.model.element.TypeElement cls = dev.jmpy.processor.analysis.JavaTypes.classOf(
        s.typeOf(s.scope().get()));
    if (cls == null || !dev.jmpy.processor.types.Stubs.isTranslated(cls)) {
      return null;
    }
    return s.reject(Message.IDENTITY_TEXT, cls.getSimpleName(),
        "give " + cls.getSimpleName() + " a toString() (and hashCode()) that prints its fields");
  }
}
