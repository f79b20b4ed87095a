package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;

/**
 * {@code java.lang.Character}: a char is its code, an int. The tests give Java's answers for ASCII
 * and Latin-1 ({@code _jctype}; MicroPython's str tests know ASCII only); {@code isDigit} is
 * {@code 48 <= c <= 57}, Latin-1's only digits.
 */
final class CharacterRows implements LibraryRegistry.Rows {
  private static final String CHARACTER = "java.lang.Character#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(CHARACTER + "isDigit", CharacterRows::isDigit)
        .call(CHARACTER + "isLetter", s -> type(s, 1))
        .call(CHARACTER + "isLetterOrDigit", s -> type(s, 3))
        .call(CHARACTER + "isAlphabetic", s -> type(s, 1))
        .call(CHARACTER + "isUpperCase", s -> type(s, 4))
        .call(CHARACTER + "isLowerCase", s -> type(s, 8))
        .call(CHARACTER + "isWhitespace", s -> type(s, 16))
        .call(CHARACTER + "digit", s -> new PyExpr.Call(s.helper(Helper.CHAR_DIGIT), s.args()))
        .call(CHARACTER + "forDigit", s -> new PyExpr.Call(s.helper(Helper.FOR_DIGIT), s.args()))
        .call(CHARACTER + "getNumericValue", s -> new PyExpr.Call(s.helper(Helper.NUMERIC_VALUE),
            s.args()))
        .call(CHARACTER + "toUpperCase", s -> builtin("ord",
            method(builtin("chr", s.arg(0)), "upper")))
        .call(CHARACTER + "toLowerCase", s -> builtin("ord",
            method(builtin("chr", s.arg(0)), "lower")))
        .call(CHARACTER + "toString", s -> builtin("chr", s.arg(0)))
        .call(CHARACTER + "toChars", s -> s.arity() == 1
            ? new PyExpr.Call(s.helper(Helper.TO_CHARS), s.args()) : null)
        .constant(CHARACTER + "MAX_VALUE", "65535")
        .constant(CHARACTER + "MIN_VALUE", "0");
  }

  /** {@code _jctype(c, kind)}: 1 letter, 2 digit, 4 upper case, 8 lower case, 16 whitespace. */
  private static PyExpr type(CallSite s, int kind) {
    return new PyExpr.Call(s.helper(Helper.CHAR_TYPE), List.of(s.arg(0),
        literal(Integer.toString(kind))));
  }

  /** {@code 48 <= c and c <= 57}, c evaluated once. */
  private static PyExpr isDigit(CallSite s) {
    PyExpr c = s.arg(0);
    PyExpr first = c;
    PyExpr second = c;
    if (!(c instanceof PyExpr.Name) && !(c instanceof PyExpr.Literal)) {
      String t = s.temporary("c");
      first = new PyExpr.NamedExpr(t, c);
      second = new PyExpr.Name(t);
    }
    return op(op(first, ">=", literal("48")), "and", op(second, "<=", literal("57")));
  }
}
