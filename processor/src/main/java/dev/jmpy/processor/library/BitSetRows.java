package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.util.BitSet}: {@code _JBitSet}, the bits in one Python int, Java's index checks and
 * messages, Java's {@code size()} (its 64-bit words and their growth), {@code toString()}
 * ({@code {1, 3}}), {@code hashCode()}, {@code valueOf}/{@code toLongArray}/{@code toByteArray}.
 * Overloads that Python cannot tell apart by value get their own method:
 * {@code set(i, boolean)} is {@code set_to}, {@code set(from, to)} {@code set_range}.
 */
public final class BitSetRows implements LibraryRegistry.Rows {
  static final String BIT_SET = "java.util.BitSet";

  /** Methods whose Python name is fixed, each taking Java's arguments as they are. */
  private static final Map<String, String> SAME_ARGUMENTS = Map.ofEntries(
      Map.entry("get", "get"), Map.entry("cardinality", "cardinality"),
      Map.entry("length", "length"), Map.entry("size", "size"), Map.entry("isEmpty", "is_empty"),
      Map.entry("nextSetBit", "next_set_bit"), Map.entry("nextClearBit", "next_clear_bit"),
      Map.entry("previousSetBit", "previous_set_bit"), Map.entry("and", "and_"),
      Map.entry("or", "or_"), Map.entry("xor", "xor"), Map.entry("andNot", "and_not"),
      Map.entry("intersects", "intersects"), Map.entry("clone", "clone"),
      Map.entry("toLongArray", "to_long_array"), Map.entry("toByteArray", "to_byte_array"),
      Map.entry("hashCode", "hash_code"));

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    String bits = BIT_SET + "#";
    rows.creation(BIT_SET, s -> new PyExpr.Call(s.helper(Helper.BIT_SET), s.args()));
    SAME_ARGUMENTS.forEach((java, python) -> rows.call(bits + java, s ->
        s.arity() > 1 && java.equals("get") ? null // get(from, to): not mapped
            : method(s.receiver(), python, s.args().toArray(PyExpr[]::new))));
    rows.call(bits + "set", s -> switch (s.arity()) {
      case 1 -> method(s.receiver(), "set", s.arg(0));
      case 2 -> isBoolean(s, 1) ? method(s.receiver(), "set_to", s.arg(0), s.arg(1))
          : method(s.receiver(), "set_range", s.arg(0), s.arg(1));
      default -> method(s.receiver(), "set_range", s.arg(0), s.arg(1), s.arg(2));
    })
        .call(bits + "clear", s -> s.arity() == 2
            ? method(s.receiver(), "clear_range", s.arg(0), s.arg(1))
            : method(s.receiver(), "clear", s.args().toArray(PyExpr[]::new)))
        .call(bits + "flip", s -> s.arity() == 2
            ? method(s.receiver(), "flip_range", s.arg(0), s.arg(1))
            : method(s.receiver(), "flip", s.arg(0)))
        .call(bits + "equals", s -> op(s.receiver(), "==", s.arg(0)))
        .call(bits + "toString", s -> builtin("str", s.receiver()))
        .call(bits + "valueOf", BitSetRows::valueOf)
        .instead(BIT_SET, name -> "jmpy translates get, set, clear, flip, cardinality, length, "
            + "size, isEmpty, nextSetBit, nextClearBit, previousSetBit, and, or, xor, andNot, "
            + "intersects, clone, equals, hashCode, toString, valueOf(long[] / byte[]), "
            + "toLongArray and toByteArray");
  }

  /** {@code BitSet.valueOf(long[])} / {@code valueOf(byte[])}: little-endian words or bytes. */
  private static PyExpr valueOf(CallSite s) {
    TypeMirror component = TypedArrays.component(s.typeOf(s.argument(0)));
    if (component == null || component.getKind() != TypeKind.LONG
        && component.getKind() != TypeKind.BYTE) {
      return null; // a LongBuffer or ByteBuffer: not mapped
    }
    return new PyExpr.Call(new PyExpr.Attribute(s.helper(Helper.BIT_SET), "value_of"),
        List.of(s.arg(0), literal(component.getKind() == TypeKind.LONG ? "64" : "8")));
  }

  private static boolean isBoolean(CallSite s, int i) {
    return s.javaTypes().isBoolean(s.typeOf(s.argument(i)));
  }

  /** Whether {@code type} is a BitSet, whose text is its {@code toString()}: {@code {1, 3}}. */
  public static boolean isBitSet(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(BIT_SET);
  }

}
