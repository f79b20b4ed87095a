package dev.jmpy.processor.check;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.source.JavaLiterals;
import java.util.OptionalInt;

/**
 * JMPY090: a string literal or text block whose value holds a lone surrogate ({@code "\uD800x"}).
 * A Java String may hold half of a UTF-16 pair; a MicroPython str is UTF-8 text, where the
 * compiler stores such an escape as the three bytes of no character, which the board prints as
 * they are while Java prints {@code ?}, and two halves joined later never make a pair.
 */
final class TextLiterals implements Check {
  @Override
  public void run(CheckContext context) {
    for (Expression literal : context.unit().declaration().findAll(Expression.class,
        e -> e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr)) {
      String value = JavaLiterals.text(literal).orElseThrow();
      OptionalInt at = JavaLiterals.loneSurrogate(value);
      if (at.isPresent()) {
        context.report(literal, Message.LONE_SURROGATE, (int) value.charAt(at.getAsInt()));
      }
    }
  }
}
