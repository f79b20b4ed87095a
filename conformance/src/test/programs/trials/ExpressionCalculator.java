package trials;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

/**
 * A program written the way a Java developer writes one, without reading jmpy's support table
 * first (a user-style trial of 2026-12-08): a recursive-descent parser with a checked exception,
 * a sealed interface of records evaluated by a pattern switch, a map of operators. It compiled
 * and agreed on the first try.
 */
@MicroPython
public class ExpressionCalculator {
  static class ParseException extends Exception {
    final int position;
    ParseException(String message, int position) {
      super(message + " at " + position);
      this.position = position;
    }
  }

  sealed interface Node permits Num, Var, BinOp, Neg {}
  record Num(int value) implements Node {}
  record Var(String name) implements Node {}
  record BinOp(char op, Node left, Node right) implements Node {}
  record Neg(Node inner) implements Node {}

  private static final Map<Character, IntBinaryOperator> OPS = new HashMap<>();
  static {
    OPS.put('+', (a, b) -> a + b);
    OPS.put('-', (a, b) -> a - b);
    OPS.put('*', (a, b) -> a * b);
    OPS.put('/', (a, b) -> a / b);
    OPS.put('%', Math::floorMod);
  }

  private final String src;
  private int pos;

  private ExpressionCalculator(String src) { this.src = src; }

  static Node parse(String text) throws ParseException {
    ExpressionCalculator p = new ExpressionCalculator(text.replace(" ", ""));
    Node n = p.expr();
    if (p.pos != p.src.length()) throw new ParseException("unexpected '" + p.src.charAt(p.pos) + "'", p.pos);
    return n;
  }

  private Node expr() throws ParseException {
    Node left = term();
    while (pos < src.length() && (peek() == '+' || peek() == '-')) {
      char op = src.charAt(pos++);
      left = new BinOp(op, left, term());
    }
    return left;
  }

  private Node term() throws ParseException {
    Node left = factor();
    while (pos < src.length() && "*/%".indexOf(peek()) >= 0) {
      char op = src.charAt(pos++);
      left = new BinOp(op, left, factor());
    }
    return left;
  }

  private Node factor() throws ParseException {
    if (pos >= src.length()) throw new ParseException("unexpected end", pos);
    char c = peek();
    if (c == '-') { pos++; return new Neg(factor()); }
    if (c == '(') {
      pos++;
      Node inner = expr();
      if (pos >= src.length() || src.charAt(pos) != ')') throw new ParseException("missing )", pos);
      pos++;
      return inner;
    }
    if (Character.isDigit(c)) {
      int start = pos;
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
      try {
        return new Num(Integer.parseInt(src.substring(start, pos)));
      } catch (NumberFormatException e) {
        throw new ParseException("number too large", start);
      }
    }
    if (Character.isLetter(c)) {
      StringBuilder name = new StringBuilder();
      while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) name.append(src.charAt(pos++));
      return new Var(name.toString());
    }
    throw new ParseException("unexpected '" + c + "'", pos);
  }

  private char peek() { return src.charAt(pos); }

  static int eval(Node n, Map<String, Integer> env) {
    return switch (n) {
      case Num num -> num.value();
      case Var v -> {
        Integer value = env.get(v.name());
        if (value == null) throw new IllegalArgumentException("unknown variable " + v.name());
        yield value;
      }
      case Neg(Node inner) -> -eval(inner, env);
      case BinOp(char op, Node l, Node r) -> OPS.get(op).applyAsInt(eval(l, env), eval(r, env));
    };
  }

  static String show(Node n) {
    if (n instanceof BinOp b) return "(" + show(b.left()) + " " + b.op() + " " + show(b.right()) + ")";
    if (n instanceof Neg neg) return "-" + show(neg.inner());
    if (n instanceof Num(int v)) return Integer.toString(v);
    return ((Var) n).name();
  }

  static <T extends Comparable<? super T>> T largest(List<? extends T> items) {
    T best = null;
    for (T item : items) if (best == null || item.compareTo(best) > 0) best = item;
    return best;
  }

  public static void main(String[] args) {
    Map<String, Integer> env = new HashMap<>(Map.of("x", 7, "y", -3, "big", Integer.MAX_VALUE));
    String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "-x % 3", "x / y", "big + 1", "10 / (y + 3)",
        "2 * (3 + ", "4 $ 4", "99999999999", "z * 2", "x*x - y*y"};
    List<Integer> results = new ArrayList<>();
    for (String in : inputs) {
      try {
        Node tree = parse(in);
        int value = eval(tree, env);
        results.add(value);
        System.out.println(in + " => " + show(tree) + " = " + value);
      } catch (ParseException e) {
        System.out.println(in + " => parse error: " + e.getMessage() + " (pos " + e.position + ")");
      } catch (ArithmeticException | IllegalArgumentException e) {
        System.out.println(in + " => " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    System.out.println("largest " + largest(results) + " of " + results.size());
  }
}
