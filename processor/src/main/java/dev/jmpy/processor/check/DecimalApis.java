package dev.jmpy.processor.check;

import com.github.javaparser.ast.expr.FieldAccessExpr;
import dev.jmpy.processor.diag.Message;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * JMPY113: {@code java.math.BigDecimal} (its calls, constructors and constants). MicroPython has
 * no decimal arithmetic, and BigDecimal's meaning lies in its scale rules ({@code 2.0} is not
 * {@code equals} to {@code 2.00}, {@code divide} throws for 1/3 without a MathContext, the text
 * switches to E notation, eight rounding modes), which a partial emulation would get wrong where it
 * matters; the exact alternatives are an unscaled integer with a scale of one's own, or doubles on
 * double-precision firmware.
 */
final class DecimalApis extends JdkApis {
  private static final String BIG_DECIMAL = "java.math.BigDecimal";
  private static final String INSTEAD = "keep the unscaled value and its scale yourself "
      + "(a long or BigInteger of cents: 1999 for 19.99), which jmpy translates exactly, or "
      + "compute in double with -Ajmpy.floatPrecision=double where rounding is acceptable";

  DecimalApis() {
    super(Message.NO_BIG_DECIMAL);
  }

  @Override
  Optional<String> alternative(TypeElement owner, ExecutableElement method) {
    return owner.getQualifiedName().contentEquals(BIG_DECIMAL) ? Optional.of(INSTEAD)
        : Optional.empty();
  }

  @Override
  public void run(CheckContext c) {
    super.run(c);
    for (FieldAccessExpr field : c.unit().declaration().findAll(FieldAccessExpr.class)) {
      c.element(field).ifPresent(e -> {
        if (e.getEnclosingElement() instanceof TypeElement owner
            && owner.getQualifiedName().contentEquals(BIG_DECIMAL)) {
          c.report(field, Message.NO_BIG_DECIMAL, "BigDecimal." + e.getSimpleName(), INSTEAD);
        }
      });
    }
  }
}
