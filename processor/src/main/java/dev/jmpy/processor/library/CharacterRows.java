package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.method;

import dev.jmpy.processor.python.PyExpr;

/** {@code java.lang.Character}: a char is its code, an int; tests go through {@code chr(c)}. */
final class CharacterRows implements LibraryRegistry.Rows {
  private static final String CHARACTER = "java.lang.Character#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(CHARACTER + "isDigit", s -> test(s, "isdigit"))
        .call(CHARACTER + "isLetter", s -> test(s, "isalpha"))
        .call(CHARACTER + "isWhitespace", s -> test(s, "isspace"))
        .call(CHARACTER + "isUpperCase", s -> test(s, "isupper"))
        .call(CHARACTER + "isLowerCase", s -> test(s, "islower"))
        .call(CHARACTER + "toUpperCase", s -> builtin("ord",
            method(builtin("chr", s.arg(0)), "upper")))
        .call(CHARACTER + "toLowerCase", s -> builtin("ord",
            method(builtin("chr", s.arg(0)), "lower")))
        .call(CHARACTER + "toString", s -> builtin("chr", s.arg(0)))
        .constant(CHARACTER + "MAX_VALUE", "65535")
        .constant(CHARACTER + "MIN_VALUE", "0");
  }

  /** {@code chr(c).test()}. */
  private static PyExpr test(CallSite s, String test) {
    return method(builtin("chr", s.arg(0)), test);
  }
}
