package dev.jmpy.processor.source;

import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The values of Java's text literals, as javac computes them (JLS 3.10.5-3.10.7).
 *
 * <p>JavaParser reads the source after {@link UnicodeEscapes} has translated its Unicode escapes
 * (as javac's scanner does first: an escaped backslash and quote make {@code "\""}), but its own
 * escape handling misses {@code \s} and line continuations; the values here come from the JDK's
 * implementations of the JLS steps instead: {@link String#translateEscapes()} and, for text
 * blocks, {@link String#stripIndent()} first. {@code JavaLiteralsTest} compares them with javac's
 * own literal values.
 */
public final class JavaLiterals {
  private JavaLiterals() {}

  /** The value of a string literal. */
  public static String value(StringLiteralExpr literal) {
    return literal.getValue().translateEscapes();
  }

  /**
   * The value of a text block: the content after the opening delimiter's line, incidental
   * indentation and trailing spaces removed, then escapes translated.
   */
  public static String value(TextBlockLiteralExpr literal) {
    return literal.getValue().stripIndent().translateEscapes();
  }

  /** The value of a char literal. */
  public static char value(CharLiteralExpr literal) {
    return literal.getValue().translateEscapes().charAt(0);
  }

  /** The value of a string literal or text block, else empty. */
  public static Optional<String> text(Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return Optional.of(value(s));
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return Optional.of(value(t));
    }
    return Optional.empty();
  }

  /** The index of the first surrogate in {@code text} that is not half of a pair, if any. */
  public static OptionalInt loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
