package dev.jmpy.processor.translate;

import dev.jmpy.processor.python.PyExpr;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** JDK constants and their MicroPython values. One row per field; docs/semantics.md lists them. */
final class LibraryFields {
  private static final Map<String, String> CONSTANTS = Map.of(
      "java.lang.Integer.MAX_VALUE", "2147483647",
      "java.lang.Integer.MIN_VALUE", "-2147483648",
      "java.lang.Long.MAX_VALUE", "9223372036854775807",
      "java.lang.Long.MIN_VALUE", "-9223372036854775808",
      "java.lang.Short.MAX_VALUE", "32767",
      "java.lang.Short.MIN_VALUE", "-32768",
      "java.lang.Byte.MAX_VALUE", "127",
      "java.lang.Byte.MIN_VALUE", "-128",
      "java.lang.Character.MAX_VALUE", "65535",
      "java.lang.Character.MIN_VALUE", "0");

  private LibraryFields() {}

  static Optional<PyExpr> translate(VariableElement field, ExpressionTranslator expressions) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    String key = owner.getQualifiedName() + "." + field.getSimpleName();
    return Optional.ofNullable(CONSTANTS.get(key)).map(PyExpr.Literal::new);
  }
}
