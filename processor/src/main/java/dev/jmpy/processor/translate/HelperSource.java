package dev.jmpy.processor.translate;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.python.PyStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the Python source of a helper definition ({@link Helper}) into the AST, so that a long
 * helper, such as a class, is written in Java as the Python it prints. Only the small subset the
 * helpers use is accepted: one statement per line, four-space indents, {@code class}, {@code def},
 * {@code if/elif/else}, {@code while}, {@code for}, assignments, {@code return}, {@code raise},
 * {@code # comments}, and expressions without lambdas. Anything else throws: a helper is jmpy's
 * own code, checked by its tests, never the user's.
 */
final class HelperSource {
  private final List<Line> lines = new ArrayList<>();
  private int at;

  private record Line(int indent, String text, int number) {}

  private HelperSource(String source) {
    String[] raw = source.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String text = raw[i].stripTrailing();
      if (text.isBlank()) {
        continue;
      }
      int indent = text.length() - text.stripLeading().length();
      if (indent % 4 != 0) {
        throw new IllegalArgumentException("line " + (i + 1) + ": indent is not a multiple of 4");
      }
      lines.add(new Line(indent / 4, text.strip(), i + 1));
    }
  }

  /** The statements of {@code source}. */
  static List<PyStmt> parse(String source) {
    HelperSource reader = new HelperSource(source);
    List<PyStmt> body = reader.block(0);
    if (reader.at != reader.lines.size()) {
      throw reader.error(reader.lines.get(reader.at), "unexpected indent");
    }
    return body;
  }

  private List<PyStmt> block(int indent) {
    List<PyStmt> body = new ArrayList<>();
    while (at < lines.size() && lines.get(at).indent() == indent) {
      body.add(statement(lines.get(at++), indent));
    }
    return body;
  }

  /** The indented block after a line ending in ':'. */
  private List<PyStmt> suite(Line head, int indent) {
    if (at >= lines.size() || lines.get(at).indent() != indent + 1) {
      throw error(head, "expected an indented block");
    }
    return block(indent + 1);
  }

  private PyStmt statement(Line line, int indent) {
    String text = line.text();
    if (text.startsWith("# ")) {
      return new PyStmt.Comment(text.substring(2));
    }
    if (text.startsWith("class ")) {
      String head = header(line, "class ");
      int open = head.indexOf('(');
      String name = open < 0 ? head : head.substring(0, open);
      List<PyExpr> bases = open < 0 ? List.of()
          : List.of(expression(line, head.substring(open + 1, head.length() - 1)));
      return new PyStmt.ClassDef(name, bases, suite(line, indent));
    }
    if (text.startsWith("def ")) {
      String head = header(line, "def ");
      int open = head.indexOf('(');
      String params = head.substring(open + 1, head.length() - 1);
      List<String> names = params.isEmpty() ? List.of()
          : List.of(params.split(", "));
      return new PyStmt.FunctionDef(head.substring(0, open), names, false, suite(line, indent));
    }
    if (text.startsWith("if ")) {
      return ifChain(line, indent, "if ");
    }
    if (text.startsWith("while ")) {
      return new PyStmt.While(expression(line, header(line, "while ")), suite(line, indent));
    }
    if (text.startsWith("for ")) {
      String head = header(line, "for ");
      int in = head.indexOf(" in ");
      return new PyStmt.For(head.substring(0, in), expression(line, head.substring(in + 4)),
          suite(line, indent));
    }
    if (text.equals("return")) {
      return new PyStmt.Return(null);
    }
    if (text.startsWith("return ")) {
      return new PyStmt.Return(expression(line, text.substring("return ".length())));
    }
    if (text.startsWith("raise ")) {
      return new PyStmt.Raise(expression(line, text.substring("raise ".length())));
    }
    if (text.equals("pass")) {
      return new PyStmt.Pass();
    }
    if (text.equals("break")) {
      return new PyStmt.Break();
    }
    if (text.equals("continue")) {
      return new PyStmt.Continue();
    }
    Tokens tokens = new Tokens(line, text);
    PyExpr first = tokens.expression();
    if (tokens.done()) {
      return new PyStmt.ExprStmt(first);
    }
    String op = tokens.next();
    PyExpr value = tokens.expression();
    tokens.expectEnd();
    if (op.equals("=")) {
      return new PyStmt.Assign(first, value);
    }
    if (op.length() >= 2 && op.endsWith("=") && AUGMENTED.contains(op)) {
      return new PyStmt.AugAssign(first, op.substring(0, op.length() - 1), value);
    }
    throw error(line, "expected an assignment, found '" + op + "'");
  }

  private PyStmt ifChain(Line line, int indent, String keyword) {
    PyExpr test = expression(line, header(line, keyword));
    List<PyStmt> body = suite(line, indent);
    List<PyStmt> orElse = List.of();
    if (at < lines.size() && lines.get(at).indent() == indent) {
      Line next = lines.get(at);
      if (next.text().startsWith("elif ")) {
        at++;
        orElse = List.of(ifChain(next, indent, "elif "));
      } else if (next.text().equals("else:")) {
        at++;
        orElse = suite(next, indent);
      }
    }
    return new PyStmt.If(test, body, orElse);
  }

  /** The text between {@code keyword} and the closing ':'. */
  private String header(Line line, String keyword) {
    if (!line.text().endsWith(":")) {
      throw error(line, "expected ':' at the end");
    }
    return line.text().substring(keyword.length(), line.text().length() - 1);
  }

  private PyExpr expression(Line line, String text) {
    Tokens tokens = new Tokens(line, text);
    PyExpr e = tokens.expression();
    tokens.expectEnd();
    return e;
  }

  private IllegalArgumentException error(Line line, String what) {
    return new IllegalArgumentException("helper source line " + line.number() + ": " + what
        + ": " + line.text());
  }

  private static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "//=", "%=", "&=", "|=");

  private static final List<String> SYMBOLS = List.of("//=", "<<", ">>", "//", "==", "!=", "<=",
      ">=", "+=", "-=", "*=", "%=", "&=", "|=", "(", ")", "[", "]", ",", ":", ".", "=", "+", "-",
      "*", "%", "<", ">", "&", "|", "^", "~");

  /** One line's tokens, read by precedence climbing (Python's grammar, lowest first). */
  private final class Tokens {
    private final Line line;
    private final List<String> tokens = new ArrayList<>();
    private int pos;

    Tokens(Line line, String text) {
      this.line = line;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == ' ') {
          i++;
        } else if (c == '"' || c == '\'') {
          int end = i + 1;
          while (text.charAt(end) != c) {
            end += text.charAt(end) == '\\' ? 2 : 1;
          }
          tokens.add(text.substring(i, end + 1));
          i = end + 1;
        } else if (Character.isLetterOrDigit(c) || c == '_') {
          int end = i;
          while (end < text.length()
              && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
          }
          tokens.add(text.substring(i, end));
          i = end;
        } else {
          int start = i;
          String symbol = SYMBOLS.stream().filter(s -> text.startsWith(s, start)).findFirst()
              .orElseThrow(() -> error(line, "unknown character '" + c + "'"));
          tokens.add(symbol);
          i += symbol.length();
        }
      }
    }

    boolean done() {
      return pos == tokens.size();
    }

    String peek() {
      return done() ? "" : tokens.get(pos);
    }

    String next() {
      if (done()) {
        throw error(line, "unexpected end");
      }
      return tokens.get(pos++);
    }

    boolean accept(String token) {
      if (peek().equals(token)) {
        pos++;
        return true;
      }
      return false;
    }

    void expect(String token) {
      if (!accept(token)) {
        throw error(line, "expected '" + token + "' at '" + peek() + "'");
      }
    }

    void expectEnd() {
      if (!done()) {
        throw error(line, "unexpected '" + peek() + "'");
      }
    }

    /** {@code a if test else b}. */
    PyExpr expression() {
      PyExpr body = or();
      if (accept("if")) {
        PyExpr test = or();
        expect("else");
        return new PyExpr.IfExp(test, body, expression());
      }
      return body;
    }

    private PyExpr or() {
      PyExpr left = and();
      while (accept("or")) {
        left = new PyExpr.BinOp(left, "or", and());
      }
      return left;
    }

    private PyExpr and() {
      PyExpr left = not();
      while (accept("and")) {
        left = new PyExpr.BinOp(left, "and", not());
      }
      return left;
    }

    private PyExpr not() {
      return accept("not") ? new PyExpr.UnaryOp("not", not()) : comparison();
    }

    /** One comparison; the helpers never chain them, as the translator never does. */
    private PyExpr comparison() {
      PyExpr left = binary(0);
      String op = peek();
      if (List.of("==", "!=", "<", "<=", ">", ">=", "in").contains(op)) {
        pos++;
      } else if (op.equals("is")) {
        pos++;
        op = accept("not") ? "is not" : "is";
      } else if (op.equals("not") && pos + 1 < tokens.size() && tokens.get(pos + 1).equals("in")) {
        pos += 2;
        op = "not in";
      } else {
        return left;
      }
      return new PyExpr.BinOp(left, op, binary(0));
    }

    private static final List<List<String>> LEVELS = List.of(List.of("|"), List.of("^"),
        List.of("&"), List.of("<<", ">>"), List.of("+", "-"), List.of("*", "//", "%"));

    private PyExpr binary(int level) {
      if (level == LEVELS.size()) {
        return unary();
      }
      PyExpr left = binary(level + 1);
      while (LEVELS.get(level).contains(peek())) {
        String op = next();
        left = new PyExpr.BinOp(left, op, binary(level + 1));
      }
      return left;
    }

    private PyExpr unary() {
      String op = peek();
      if (op.equals("-") || op.equals("+") || op.equals("~")) {
        pos++;
        return new PyExpr.UnaryOp(op, unary());
      }
      return primary();
    }

    private PyExpr primary() {
      PyExpr e = atom();
      while (true) {
        if (accept(".")) {
          e = new PyExpr.Attribute(e, next());
        } else if (accept("(")) {
          List<PyExpr> args = new ArrayList<>();
          List<PyExpr.Keyword> keywords = new ArrayList<>();
          while (!accept(")")) {
            if (pos + 1 < tokens.size() && tokens.get(pos + 1).equals("=")) {
              String name = next();
              pos++;
              keywords.add(new PyExpr.Keyword(name, expression()));
            } else {
              args.add(expression());
            }
            if (!peek().equals(")")) {
              expect(",");
            }
          }
          e = new PyExpr.Call(e, args, keywords);
        } else if (accept("[")) {
          PyExpr lower = peek().equals(":") ? null : expression();
          if (accept(":")) {
            PyExpr upper = peek().equals("]") ? null : expression();
            e = new PyExpr.Slice(e, lower, upper);
          } else {
            e = new PyExpr.Subscript(e, lower);
          }
          expect("]");
        } else {
          return e;
        }
      }
    }

    private PyExpr atom() {
      String token = next();
      if (token.equals("(")) {
        if (accept(")")) {
          return new PyExpr.TupleExpr(List.of());
        }
        PyExpr first = expression();
        if (accept(")")) {
          return first; // parentheses only group; the printer puts back the ones needed
        }
        List<PyExpr> elements = new ArrayList<>(List.of(first));
        while (accept(",") && !peek().equals(")")) {
          elements.add(expression());
        }
        expect(")");
        return new PyExpr.TupleExpr(elements);
      }
      if (token.equals("[")) {
        if (accept("]")) {
          return new PyExpr.ListExpr(List.of());
        }
        PyExpr first = expression();
        if (accept("for")) {
          StringBuilder target = new StringBuilder(next());
          while (accept(",")) {
            target.append(", ").append(next());
          }
          expect("in");
          PyExpr iter = or();
          PyExpr condition = accept("if") ? or() : null;
          expect("]");
          return new PyExpr.ListComp(first, target.toString(), iter, condition);
        }
        List<PyExpr> elements = new ArrayList<>(List.of(first));
        while (accept(",") && !peek().equals("]")) {
          elements.add(expression());
        }
        expect("]");
        return new PyExpr.ListExpr(elements);
      }
      char c = token.charAt(0);
      if (c == '"' || c == '\'' || Character.isDigit(c)
          || token.equals("None") || token.equals("True") || token.equals("False")) {
        return new PyExpr.Literal(token);
      }
      if (Character.isLetter(c) || c == '_') {
        return new PyExpr.Name(token);
      }
      throw error(line, "unexpected '" + token + "'");
    }
  }
}
