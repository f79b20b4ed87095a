package dev.jmpy.processor.python;

import java.util.List;

/**
 * A Python expression. The records are the whole expression language the translator emits; the
 * printer adds parentheses from {@link #precedence()}.
 */
public sealed interface PyExpr {

  /** Binding strength, as in Python's grammar: larger binds tighter. */
  int precedence();

  /** Precedence levels from the Python reference, lowest first. */
  final class Prec {
    public static final int LAMBDA = 1;
    public static final int CONDITIONAL = 2;
    public static final int OR = 3;
    public static final int AND = 4;
    public static final int NOT = 5;
    public static final int COMPARE = 6;
    public static final int BIT_OR = 7;
    public static final int BIT_XOR = 8;
    public static final int BIT_AND = 9;
    public static final int SHIFT = 10;
    public static final int ADDITIVE = 11;
    public static final int MULTIPLICATIVE = 12;
    public static final int UNARY = 13;
    public static final int POWER = 14;
    public static final int AWAIT = 15;
    public static final int PRIMARY = 16;
    public static final int ATOM = 17;

    private Prec() {}
  }

  /** A name: a local, a module-level name or an imported module. */
  record Name(String id) implements PyExpr {
    public int precedence() { return Prec.ATOM; }
  }

  /** A literal, already in Python source form ({@code 42}, {@code 'text'}, {@code True}, {@code None}). */
  record Literal(String source) implements PyExpr {
    public int precedence() { return source.startsWith("-") ? Prec.UNARY : Prec.ATOM; }

    /** A string literal for {@code value}, double-quoted, with escapes MicroPython reads. */
    public static Literal string(String value) {
      StringBuilder out = new StringBuilder("\"");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20 || c == 0x7f) {
              out.append(String.format("\\x%02x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1))) {
              out.append(String.format("\\U%08x", value.codePointAt(i)));
              i++;
            } else if (c > 0x7e) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return new Literal(out.append('"').toString());
    }
  }

  /** {@code value.attr}. */
  record Attribute(PyExpr value, String attr) implements PyExpr {
    public int precedence() { return Prec.PRIMARY; }
  }

  /** {@code func(args, name=value)}. */
  record Call(PyExpr func, List<PyExpr> args, List<Keyword> keywords) implements PyExpr {
    public Call(PyExpr func, List<PyExpr> args) { this(func, args, List.of()); }
    public int precedence() { return Prec.PRIMARY; }
  }

  /** A keyword argument of a {@link Call}. */
  record Keyword(String name, PyExpr value) {}

  /** {@code value[index]}. */
  record Subscript(PyExpr value, PyExpr index) implements PyExpr {
    public int precedence() { return Prec.PRIMARY; }
  }

  /** {@code value[lower:upper]}; either bound may be null. */
  record Slice(PyExpr value, PyExpr lower, PyExpr upper) implements PyExpr {
    public int precedence() { return Prec.PRIMARY; }
  }

  /** {@code await value}. */
  record Await(PyExpr value) implements PyExpr {
    public int precedence() { return Prec.AWAIT; }
  }

  /** A binary operator: arithmetic, bitwise, comparison ({@code ==}, {@code is}, ...) or boolean. */
  record BinOp(PyExpr left, String op, PyExpr right) implements PyExpr {
    public int precedence() {
      return switch (op) {
        case "or" -> Prec.OR;
        case "and" -> Prec.AND;
        case "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in" -> Prec.COMPARE;
        case "|" -> Prec.BIT_OR;
        case "^" -> Prec.BIT_XOR;
        case "&" -> Prec.BIT_AND;
        case "<<", ">>" -> Prec.SHIFT;
        case "+", "-" -> Prec.ADDITIVE;
        case "*", "/", "//", "%" -> Prec.MULTIPLICATIVE;
        case "**" -> Prec.POWER;
        default -> throw new IllegalArgumentException("unknown operator " + op);
      };
    }
  }

  /** A unary operator: {@code -}, {@code +}, {@code ~} or {@code not}. */
  record UnaryOp(String op, PyExpr operand) implements PyExpr {
    public int precedence() { return op.equals("not") ? Prec.NOT : Prec.UNARY; }
  }

  /** {@code body if test else orElse}. */
  record IfExp(PyExpr test, PyExpr body, PyExpr orElse) implements PyExpr {
    public int precedence() { return Prec.CONDITIONAL; }
  }

  /** {@code [a, b]}. */
  record ListExpr(List<PyExpr> elements) implements PyExpr {
    public int precedence() { return Prec.ATOM; }
  }

  /**
   * {@code (target := value)}: evaluates once and keeps the value (a switch selector, {@code i++}
   * in an expression). Always printed in parentheses, which Python requires almost everywhere.
   */
  record NamedExpr(String target, PyExpr value) implements PyExpr {
    public int precedence() { return Prec.ATOM; }
  }

  /** {@code (a, b)}; one element prints as {@code (a,)}. */
  record TupleExpr(List<PyExpr> elements) implements PyExpr {
    public int precedence() { return Prec.ATOM; }
  }

  /** {@code [element for target in iter if condition]}; {@code condition} may be null. */
  record ListComp(PyExpr element, String target, PyExpr iter, PyExpr condition) implements PyExpr {
    public ListComp(PyExpr element, String target, PyExpr iter) {
      this(element, target, iter, null);
    }

    public int precedence() { return Prec.ATOM; }
  }

  /** {@code *value} in a call's arguments. */
  record Starred(PyExpr value) implements PyExpr {
    public int precedence() { return Prec.ATOM; }
  }

  /** {@code {k: v, ...}}. */
  record DictExpr(List<PyExpr> keys, List<PyExpr> values) implements PyExpr {
    public int precedence() { return Prec.ATOM; }
  }

  /** {@code lambda params: body}. */
  record Lambda(List<Param> params, PyExpr body) implements PyExpr {
    public int precedence() { return Prec.LAMBDA; }

    /** {@code lambda a, b: body}: parameters without defaults. */
    public static Lambda of(List<String> names, PyExpr body) {
      return new Lambda(names.stream().map(Param::new).toList(), body);
    }
  }

  /**
   * A lambda's parameter, {@code name} or {@code name=value}: a default binds a value when the
   * lambda is made ({@code c=cmp}), as Java captures values.
   */
  record Param(String name, PyExpr value) {
    public Param(String name) {
      this(name, null);
    }
  }
}
