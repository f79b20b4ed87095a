package dev.jmpy.processor.library;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Float and double values as Python source that MicroPython reads back as exactly that value.
 *
 * <p>MicroPython's parser is not correctly rounded: with single-precision floats (the ESP32's
 * firmware) it reads {@code 1.5e-20} as a mantissa of at most 32 bits scaled by a power of ten it
 * computes with {@code powf}, so a literal may land a unit away from Java's float. This class
 * replays that parser (MicroPython v1.27, {@code py/parsenum.c}, {@code MICROPY_FLOAT_FORMAT_IMPL_
 * APPROX}, the default of single- and double-precision ports without a wider {@code long double},
 * the ESP32's among them) where its result does not depend on the C library: a mantissa converted
 * once, scaled by a power of two, then multiplied or divided once by an exactly representable power
 * of five. A text is used only when the replay gives the value's own bits; otherwise the value is
 * written {@code math.ldexp(m, e)}, which is exact everywhere.
 */
public final class FloatLiterals {
  private FloatLiterals() {}

  /** A literal for {@code value} on single-precision MicroPython, or empty if none reads back exactly. */
  public static Optional<String> singlePrecision(float value) {
    for (String text : candidates(Float.toString(value), new BigDecimal(value), 9)) {
      Optional<Float> read = readSingle(text);
      if (read.isPresent() && Float.floatToRawIntBits(read.get()) == Float.floatToRawIntBits(value)) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** A literal for {@code value} on double-precision MicroPython, or empty if none reads back exactly. */
  public static Optional<String> doublePrecision(double value) {
    for (String text : candidates(Double.toString(value), new BigDecimal(value), 17)) {
      Optional<Double> read = readDouble(text);
      if (read.isPresent() && Double.doubleToRawLongBits(read.get()) == Double.doubleToRawLongBits(value)) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** {@code (m, e)} with {@code value == m * 2**e} and {@code m} odd (or 0): for {@code math.ldexp}. */
  public static long[] binary(double value) {
    if (value == 0) {
      return new long[] {0, 0};
    }
    long bits = Double.doubleToRawLongBits(Math.abs(value));
    int exponent = (int) (bits >>> 52);
    long mantissa = bits & ((1L << 52) - 1);
    int e;
    if (exponent == 0) {
      e = -1074;
    } else {
      mantissa |= 1L << 52;
      e = exponent - 1075;
    }
    int zeros = Long.numberOfTrailingZeros(mantissa);
    return new long[] {mantissa >> zeros, e + zeros};
  }

  /**
   * Texts for a positive finite value: Java's own (shortest) text in Python's spelling, then the
   * value rounded to {@code digits} and fewer significant digits, plain and in E notation.
   */
  private static List<String> candidates(String javaText, BigDecimal exact, int digits) {
    List<String> texts = new ArrayList<>();
    texts.add(javaText.replace("E", "e"));
    for (int n = digits; n >= digits - 2; n--) {
      BigDecimal rounded = exact.round(new MathContext(n, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      String plain = rounded.toPlainString();
      texts.add(plain.contains(".") ? plain : plain + ".0");
      texts.add(rounded.unscaledValue() + "e" + (-rounded.scale()));
    }
    return texts;
  }

  /** What single-precision MicroPython reads {@code text} as; empty where libm's powf decides. */
  static Optional<Float> readSingle(String text) {
    Parsed p = parse(text, 0x19999998L);
    if (p == null) {
      return Optional.empty();
    }
    float num = (float) p.mantissa;
    if (p.exponent == 0 || num == 0) {
      return Optional.of(num);
    }
    if (Math.abs(p.exponent) > 10) {
      return Optional.empty(); // 5^11 and beyond are not floats: powf's rounding would decide
    }
    float scaled = Math.scalb(num, p.exponent);
    float five = (float) Math.pow(5, Math.abs(p.exponent));
    return Optional.of(p.exponent < 0 ? scaled / five : scaled * five);
  }

  /** What double-precision MicroPython (APPROX) reads {@code text} as; empty where pow decides. */
  static Optional<Double> readDouble(String text) {
    Parsed p = parse(text, 0x1999999999999998L);
    if (p == null) {
      return Optional.empty();
    }
    double num = p.mantissa >= 0 ? (double) p.mantissa
        : new BigDecimal(Long.toUnsignedString(p.mantissa)).doubleValue(); // C's uint64 to double
    if (p.exponent == 0 || num == 0) {
      return Optional.of(num);
    }
    if (Math.abs(p.exponent) > 22) {
      return Optional.empty();
    }
    double scaled = Math.scalb(num, p.exponent);
    double five = Math.pow(5, Math.abs(p.exponent)); // exact up to 5^22
    return Optional.of(p.exponent < 0 ? scaled / five : scaled * five);
  }

  private record Parsed(long mantissa, int exponent) {}

  /**
   * parsenum.c's digit loop: up to {@code mantissaMax} the digits accumulate, further ones only
   * move the exponent; zeros are deferred until a non-zero digit follows (trailing zeros never
   * enter the mantissa). Null for text it would not read as a plain decimal.
   */
  private static Parsed parse(String text, long mantissaMax) {
    if (!text.matches("[0-9]*(\\.[0-9]*)?([eE][+-]?[0-9]+)?") || !text.matches(".*[0-9].*")) {
      return null;
    }
    long mantissa = 0;
    int extra = 0;
    int zerosInteger = 0;
    int zerosFraction = 0;
    int exponent = 0;
    boolean fraction = false;
    boolean inExponent = false;
    boolean negativeExponent = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inExponent) {
        if (c == '-') {
          negativeExponent = true;
        } else if (c != '+' && exponent < (Integer.MAX_VALUE / 2 - 9) / 10) {
          exponent = 10 * exponent + (c - '0');
        }
      } else if (c == '.') {
        fraction = true;
      } else if (c == 'e' || c == 'E') {
        inExponent = true;
      } else {
        int digit = c - '0';
        if (digit == 0 || Long.compareUnsigned(mantissa, mantissaMax) >= 0) {
          if (fraction) {
            zerosFraction++;
          } else {
            zerosInteger++;
          }
        } else {
          for (; zerosInteger > 0; zerosInteger--) {
            long[] next = accept(mantissa, 0, extra, false, mantissaMax);
            mantissa = next[0];
            extra = (int) next[1];
          }
          for (; zerosFraction > 0; zerosFraction--) {
            long[] next = accept(mantissa, 0, extra, true, mantissaMax);
            mantissa = next[0];
            extra = (int) next[1];
          }
          long[] next = accept(mantissa, digit, extra, fraction, mantissaMax);
          mantissa = next[0];
          extra = (int) next[1];
        }
      }
    }
    return new Parsed(mantissa, (negativeExponent ? -exponent : exponent) + extra + zerosInteger);
  }

  private static long[] accept(long mantissa, int digit, int extra, boolean fraction, long mantissaMax) {
    if (Long.compareUnsigned(mantissa, mantissaMax) < 0) {
      return new long[] {10 * mantissa + digit, fraction ? extra - 1 : extra};
    }
    return new long[] {mantissa, fraction ? extra : extra + 1};
  }
}
