package dev.jmpy.processor.library;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.source.JavaLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code String.format}, {@code formatted} and {@code printf} with a literal format, turned into
 * Python's {@code %} formatting at compile time. Each conversion gets Java's text: {@code %s} and
 * {@code %b} through Java's string conversion, {@code %x}/{@code %o} of negative ints as Java's
 * two's complement, {@code %c} through {@code chr}, {@code %n} as a newline. {@code %f %e %g} of
 * a float through {@code _jfmt}, which rounds the value's shortest decimal half up as Java's
 * Formatter does, with Java's flags ({@code , ( #} too); MicroPython's own {@code %f} rounds the
 * binary value and knows no grouping.
 */
final class Formats {
  private static final Pattern SPEC =
      Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)(\\d+)?(\\.\\d+)?([a-zA-Z%])");

  private final CallSite site;

  Formats(CallSite site) {
    this.site = site;
  }

  /**
   * The value of a constant expression of the forms a format takes: a literal, a constant variable
   * (a static final String or number), or those joined with + into a String, folded as javac folds
   * it; empty for anything else.
   */
  private Optional<Object> constant(Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return constant(enclosed.getInner());
    }
    Optional<String> text = JavaLiterals.text(e);
    if (text.isPresent()) {
      return Optional.of(text.get());
    }
    if (e instanceof CharLiteralExpr c) {
      return Optional.of(JavaLiterals.value(c));
    }
    if (e instanceof IntegerLiteralExpr i) {
      return Optional.of(i.asNumber());
    }
    if (e.isNameExpr() || e.isFieldAccessExpr()) {
      return site.element(e).filter(VariableElement.class::isInstance)
          .map(v -> ((VariableElement) v).getConstantValue());
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS
        && JavaTypes.isClass(site.typeOf(e), Jdk.STRING)) {
      Optional<Object> left = constant(b.getLeft());
      Optional<Object> right = constant(b.getRight());
      if (left.isPresent() && right.isPresent()) {
        return Optional.of(String.valueOf(left.get()) + right.get());
      }
    }
    return Optional.empty();
  }

  /** {@code format % (args,)}, or an error if the format is not a literal jmpy understands. */
  PyExpr format(Expression format, List<Expression> args, com.github.javaparser.ast.Node at) {
    String text;
    Optional<String> formatText = constant(format).filter(String.class::isInstance)
        .map(String.class::cast);
    if (formatText.isPresent()) {
      text = formatText.get();
    } else {
      return unsupported(at, "a format that is not a constant",
          "write the format as a string literal or a constant expression (literals and static "
              + "final constants joined with +), so it is translated at compile time");
    }
    StringBuilder python = new StringBuilder();
    List<PyExpr> values = new ArrayList<>();
    Matcher m = SPEC.matcher(text);
    int last = 0;
    int next = 0;
    boolean indexed = false;
    boolean plain = false;
    while (m.find()) {
      escapeInto(python, text.substring(last, m.start()));
      last = m.end();
      String flags = m.group(2);
      String width = m.group(3) == null ? "" : m.group(3);
      String precision = m.group(4) == null ? "" : m.group(4);
      char conversion = m.group(5).charAt(0);
      if (conversion == 'n') {
        python.append('\n');
        continue;
      }
      if (conversion == '%') {
        python.append("%%");
        continue;
      }
      boolean floating = "eEfgG".indexOf(conversion) >= 0;
      // "%1$f %2$f": explicit indexes naming each argument once, in order, read as plain
      // specifiers (Python's tuple is evaluated in that order). Not mixed with plain ones, which
      // Java counts on their own ("%2$s %s" is the first argument), nor reordering or repeating.
      indexed |= m.group(1) != null;
      plain |= m.group(1) == null;
      boolean inOrder = !(indexed && plain)
          && (m.group(1) == null || m.group(1).equals((next + 1) + "$"));
      if (!inOrder || flags.contains("<") || !floating && (flags.contains(",")
          || flags.contains("(") || flags.contains("#"))
          // Java throws FormatFlagsConversionMismatchException for these:
          || (conversion == 'e' || conversion == 'E') && flags.contains(",")
          || (conversion == 'g' || conversion == 'G') && flags.contains("#")) {
        return unsupported(at, "the format specifier " + m.group(),
            "use %d, %s, %x, %o, %c, %b with -, 0, + and a width");
      }
      if (next >= args.size()) {
        return unsupported(at, "a format with more specifiers than arguments",
            "pass one argument per specifier");
      }
      Expression arg = args.get(next++);
      TypeMirror type = site.requireType(arg);
      if (type == null) {
        return CallSite.ERROR;
      }
      JavaTypes types = site.javaTypes();
      switch (Character.toLowerCase(conversion)) {
        case 'd' -> {
          if (!types.isIntegral(type) || types.isChar(type)) {
            return mismatch(at, m.group(), type);
          }
          values.add(site.translate(arg));
          python.append('%').append(flags).append(width).append('d');
        }
        case 'x', 'o' -> {
          if (!types.isIntegral(type) || types.isChar(type)) {
            return mismatch(at, m.group(), type);
          }
          // Java prints a negative int as its two's complement.
          String mask = switch (types.primitiveKind(type)) {
            case LONG -> "0xFFFFFFFFFFFFFFFF";
            case SHORT -> "0xFFFF"; // %x of a short is 16 bits: (short) -2 prints fffe
            case BYTE -> "0xFF";
            default -> "0xFFFFFFFF";
          };
          values.add(new PyExpr.BinOp(site.translate(arg), "&",
              new PyExpr.Literal(mask)));
          python.append('%').append(flags).append(width).append(conversion);
        }
        case 's', 'b', 'c' -> {
          PyExpr value;
          if (conversion == 'c' || conversion == 'C') {
            value = new PyExpr.Call(new PyExpr.Name("chr"), List.of(site.translate(arg)));
          } else if (Character.toLowerCase(conversion) == 'b' && types.isBoolean(type)
              && !type.getKind().isPrimitive()) {
            // %b of a Boolean: "false" for null as for false (evaluated once: `is True`).
            value = new PyExpr.IfExp(new PyExpr.BinOp(site.translate(arg), "is",
                new PyExpr.Literal("True")), new PyExpr.Literal("\"true\""),
                new PyExpr.Literal("\"false\""));
          } else if (Character.toLowerCase(conversion) == 'b' && !types.isBoolean(type)) {
            // %b of anything but a Boolean: false for null, true otherwise.
            value = new PyExpr.IfExp(new PyExpr.BinOp(site.translate(arg), "is",
                new PyExpr.Literal("None")), new PyExpr.Literal("\"false\""),
                new PyExpr.Literal("\"true\""));
          } else {
            value = site.text(arg);
          }
          if (Character.isUpperCase(conversion)) {
            value = new PyExpr.Call(new PyExpr.Attribute(value, "upper"), List.of());
          }
          values.add(value);
          python.append('%').append(flags).append(width).append(precision).append('s');
        }
        case 'e', 'f', 'g' -> {
          if (!types.isFloating(type)) {
            return mismatch(at, m.group(), type);
          }
          // Java's digits (HALF_UP of the value's shortest decimal) and flags, from the bits.
          List<PyExpr> call = new ArrayList<>(List.of(site.translate(arg),
              PyExpr.Literal.string(String.valueOf(conversion))));
          if (!flags.isEmpty() || !width.isEmpty() || !precision.isEmpty()) {
            call.add(PyExpr.Literal.string(flags));
            call.add(new PyExpr.Literal(width.isEmpty() ? "-1" : width));
          }
          if (!precision.isEmpty()) {
            call.add(new PyExpr.Literal(precision.substring(1)));
          }
          values.add(new PyExpr.Call(site.helper(dev.jmpy.processor.runtime.Helper.FLOAT_FORMAT),
              call));
          python.append("%s");
        }
        default -> {
          return unsupported(at, "the format conversion %" + conversion,
              "use %d, %s, %x, %o, %c, %b, %f, %e or %g");
        }
      }
    }
    escapeInto(python, text.substring(last));
    if (next < args.size()) {
      return unsupported(at, "a format with fewer specifiers than arguments",
          "pass one argument per specifier");
    }
    if (values.isEmpty()) {
      // No % operator applies, so the text stays as written: %% was only Python's escape.
      return PyExpr.Literal.string(python.toString().replace("%%", "%"));
    }
    PyExpr literal = PyExpr.Literal.string(python.toString());
    return new PyExpr.BinOp(literal, "%", new PyExpr.TupleExpr(values));
  }

  private PyExpr mismatch(com.github.javaparser.ast.Node at, String spec, TypeMirror type) {
    return unsupported(at, spec + " of a " + type,
        "Java throws IllegalFormatConversionException here; use %s");
  }

  private PyExpr unsupported(com.github.javaparser.ast.Node at, String what, String instead) {
    return site.rejectAt(at, Message.FORMAT, what, instead);
  }

  /** Literal text, with Python's % doubled. */
  private static void escapeInto(StringBuilder python, String literal) {
    python.append(literal.replace("%", "%%"));
  }
}
