package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Strings to and from arrays: {@code getBytes} (an {@code array("b")} of the UTF-8 bytes),
 * {@code toCharArray} (an {@code array("H")} of the UTF-16 code units), {@code new String(char[])},
 * {@code String.valueOf(char[])}, {@code new String(byte[], UTF_8)} (malformed bytes become
 * U+FFFD, as Java's decoder gives them).
 */
final class StringArrayRows implements LibraryRegistry.Rows {
  private static final String STRING = Jdk.STRING + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    // Bytes: UTF-8 only (MicroPython's str.encode() knows no other).
    rows.call(STRING + "getBytes", s -> s.arity() == 0 || (s.arity() == 1
            && StringRows.isUtf8(s.argument(0))) ? bytes(s) : null)
        .call(STRING + "toCharArray", s -> new PyExpr.Call(s.arrayClass(), List.of(
            TypedArrays.code("H"), new PyExpr.ListComp(builtin("ord", new PyExpr.Name("_c")), "_c",
                s.receiver()))))
        .call(STRING + "copyValueOf", StringArrayRows::fromChars)
        .call(STRING + "getChars", s -> Forms.helperOnReceiver(s, Helper.GET_CHARS))
        .creation(Jdk.STRING, StringArrayRows::creation);
  }

  /** {@code array("b", s.encode())}; only {@code s.encode()} where a buffer serves. */
  private static PyExpr bytes(CallSite s) {
    PyExpr encoded = encoded(s.receiver());
    return s.wantsRawBytes() ? encoded
        : new PyExpr.Call(s.arrayClass(), List.of(TypedArrays.code("b"), encoded));
  }

  /** {@code new String()}, {@code new String(s)}, {@code new String(chars[, off, n])}, bytes. */
  private static PyExpr creation(CallSite s) {
    if (s.arity() == 0) {
      return literal("\"\"");
    }
    TypeMirror first = s.typeOf(s.argument(0));
    if (Jdk.isString(first) && s.arity() == 1) {
      return s.arg(0);
    }
    if (TypedArrays.isArrayOf(first, TypeKind.CHAR)) {
      return fromChars(s);
    }
    boolean utf8 = s.arity() == 1 || (s.arity() == 2 && StringRows.isUtf8(s.argument(1)));
    if (utf8 && TypedArrays.isArrayOf(first, TypeKind.BYTE)) {
      return new PyExpr.Call(s.helper(Helper.UTF8_DECODE), List.of(s.buffer(s.argument(0))));
    }
    return null;
  }

  /**
   * {@code new String(chars)}, {@code String.valueOf(chars)}: {@code "".join(map(chr, chars))};
   * with an offset and a count, {@code _jchars(chars, off, n)}, which checks the range as Java does.
   */
  static PyExpr fromChars(CallSite s) {
    if (s.arity() == 1 && TypedArrays.isArrayOf(s.typeOf(s.argument(0)), TypeKind.CHAR)) {
      return chars(s.arg(0));
    }
    if (s.arity() == 3 && TypedArrays.isArrayOf(s.typeOf(s.argument(0)), TypeKind.CHAR)) {
      return new PyExpr.Call(s.helper(Helper.CHARS_TEXT), s.args());
    }
    return null;
  }

  /** The text of a {@code char[]}: {@code "".join(map(chr, chars))}. */
  static PyExpr chars(PyExpr array) {
    return method(literal("\"\""), "join", builtin("map", new PyExpr.Name("chr"), array));
  }

  /** {@code s.encode()}, or the bytes literal {@code b"..."} for an ASCII string literal. */
  private static PyExpr encoded(PyExpr text) {
    // Only printable ASCII and simple escapes: a hex or unicode escape means other bytes in b"...".
    if (text instanceof PyExpr.Literal literal && literal.source().startsWith("\"")
        && literal.source().chars().allMatch(c -> c >= 32 && c < 127)
        && !literal.source().replaceAll("\\\\[nrt\"'\\\\]", "").contains("\\")) {
      return new PyExpr.Literal("b" + literal.source());
    }
    return method(text, "encode");
  }
}
