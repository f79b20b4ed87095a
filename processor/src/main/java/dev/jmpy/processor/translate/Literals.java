package dev.jmpy.processor.translate;

/** Java literal text to Python literal text. */
final class Literals {
  private Literals() {}

  /**
   * {@code 1_000L} → {@code 1000}, {@code 017} → {@code 0o17}, {@code 0xFF} stays; a hex, octal
   * or binary literal with the sign bit set is Java's negative value ({@code 0xFFFFFFFF} → -1).
   */
  static String integer(String javaText) {
    String text = javaText.replace("_", "");
    boolean isLong = text.endsWith("L") || text.endsWith("l");
    if (isLong) {
      text = text.substring(0, text.length() - 1);
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    int radix = lower.startsWith("0x") ? 16 : lower.startsWith("0b") ? 2
        : lower.length() > 1 && lower.startsWith("0") ? 8 : 10;
    if (radix != 10) {
      String digits = radix == 8 ? lower.substring(1) : lower.substring(2);
      long value = Long.parseUnsignedLong(digits, radix);
      long signed = isLong ? value : (int) value;
      if (signed < 0) {
        return Long.toString(signed);
      }
    }
    if (text.length() > 1 && text.startsWith("0") && Character.isDigit(text.charAt(1))) {
      return "0o" + text.substring(1);
    }
    return text;
  }

  /** A Python string literal for {@code value}, double-quoted, with escapes MicroPython reads. */
  static String string(String value) {
    return dev.jmpy.processor.python.PyExpr.Literal.string(value).source();
  }
}
