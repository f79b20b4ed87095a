package dev.jmpy.micropython;

import dev.jmpy.annotations.PyModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MicroPython's {@code json} module: {@code Json.dumps(x)} is {@code json.dumps(x)}. On the JVM
 * the values are Java's: a JSON object is a {@code Map<String, Object>} (a LinkedHashMap, in the
 * text's order), an array a {@code List<Object>}, numbers {@code Integer} (or {@code Long} beyond
 * int), strings, booleans and null. dumps writes MicroPython's layout ({@code ", "} and
 * {@code ": "}; non-ASCII characters as they are; control characters as {@code \\uXXXX}).
 *
 * <p>Difference: MicroPython's dict has no insertion order (its hash table decides), so
 * {@code json.dumps} of a dict with several keys can list them in another order than the JVM's
 * LinkedHashMap. Compare parsed values, or dump a list of pairs, where the order matters.
 * Floats are not supported (MicroPython's text of a float differs from Java's).
 */
@PyModule("json")
public final class Json {
  private Json() {}

  /** {@code json.dumps(value)}. */
  public static String dumps(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  /** {@code json.loads(text)}: ValueError ("syntax error in JSON") on bad text. */
  public static Object loads(String text) {
    Parser parser = new Parser(text);
    parser.space();
    Object value = parser.value();
    parser.space();
    if (parser.at < text.length()) {
      throw new IllegalArgumentException("syntax error in JSON");
    }
    return value;
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      out.append(value);
    } else if (value instanceof String s) {
      quote(out, s);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        quote(out, String.valueOf(e.getKey()));
        out.append(": ");
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(value.getClass().getSimpleName()
          + " is not JSON serializable");
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A small recursive-descent JSON reader. */
  static final class Parser {
    final String text;
    int at;

    Parser(String text) {
      this.text = text;
    }

    IllegalArgumentException error() {
      return new IllegalArgumentException("syntax error in JSON");
    }

    void space() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    Object value() {
      if (at >= text.length()) {
        throw error();
      }
      char c = text.charAt(at);
      switch (c) {
        case '{' -> {
          at++;
          Map<String, Object> map = new LinkedHashMap<>();
          space();
          if (peek('}')) {
            return map;
          }
          do {
            space();
            if (at >= text.length() || text.charAt(at) != '"') {
              throw error();
            }
            String key = string();
            space();
            expect(':');
            space();
            map.put(key, value());
            space();
          } while (peek(','));
          expect('}');
          return map;
        }
        case '[' -> {
          at++;
          List<Object> list = new ArrayList<>();
          space();
          if (peek(']')) {
            return list;
          }
          do {
            space();
            list.add(value());
            space();
          } while (peek(','));
          expect(']');
          return list;
        }
        case '"' -> {
          return string();
        }
        default -> {
          if (text.startsWith("true", at)) {
            at += 4;
            return true;
          }
          if (text.startsWith("false", at)) {
            at += 5;
            return false;
          }
          if (text.startsWith("null", at)) {
            at += 4;
            return null;
          }
          return number();
        }
      }
    }

    boolean peek(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    void expect(char c) {
      if (!peek(c)) {
        throw error();
      }
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= text.length()) {
          break;
        }
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error();
            }
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(e);
        }
      }
      throw error();
    }

    Object number() {
      int start = at;
      if (peek('-')) {
        // sign
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == 'e'
          || text.charAt(at) == 'E')) {
        throw new IllegalArgumentException("floats in JSON are not supported by jmpy");
      }
      String digits = text.substring(start, at);
      if (digits.isEmpty() || digits.equals("-")) {
        throw error();
      }
      long value = Long.parseLong(digits);
      return value == (int) value ? (Object) (int) value : (Object) value;
    }
  }
}
