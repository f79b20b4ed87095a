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

  /**
   * {@code json.loads(text)}: ValueError ("syntax error in JSON", IllegalArgumentException) on
   * text it cannot read. It reads as MicroPython's parser (extmod/modjson.c) does, which is more
   * lenient than JSON: commas and colons count as spaces ({@code [1 2]} and {@code {"a" 1}} are
   * read), a closing bracket of either kind closes an array or an object, and an object's keys
   * may be any value but an array or object. Floats are rejected (IllegalArgumentException):
   * jmpy has no float text equal on both sides.
   */
  public static Object loads(String text) {
    return new Parser(text).parse();
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

  /**
   * MicroPython's JSON reader (extmod/modjson.c), step for step: one pass over the characters
   * with a stack of open arrays and objects, one pending object key, separators skipped.
   */
  static final class Parser {
    private final String text;
    private int at;
    private final List<Object> stack = new ArrayList<>();
    private Object top;
    private boolean topIsList;
    private Object key;
    private boolean hasKey;

    Parser(String text) {
      this.text = text;
    }

    private static IllegalArgumentException error() {
      return new IllegalArgumentException("syntax error in JSON");
    }

    private boolean atEnd() {
      return at >= text.length();
    }

    /** The current character, or 0 at the end (modjson's S_CUR). */
    private char current() {
      return atEnd() ? 0 : text.charAt(at);
    }

    private boolean literal(String rest) {
      if (text.startsWith(rest, at)) {
        at += rest.length();
        return true;
      }
      return false;
    }

    Object parse() {
      boolean started = false;
      while (true) {
        if (atEnd()) {
          throw error(); // ended in the middle of a value, or no value at all
        }
        char c = text.charAt(at++);
        Object next;
        boolean enter = false;
        switch (c) {
          case ',', ':', ' ', '\t', '\n', '\r' -> {
            continue;
          }
          case 'n' -> {
            if (!literal("ull")) {
              throw error();
            }
            next = null;
          }
          case 'f' -> {
            if (!literal("alse")) {
              throw error();
            }
            next = false;
          }
          case 't' -> {
            if (!literal("rue")) {
              throw error();
            }
            next = true;
          }
          case '"' -> next = string();
          case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> next = number(c);
          case '[' -> {
            next = new ArrayList<Object>();
            enter = true;
          }
          case '{' -> {
            next = new LinkedHashMap<Object, Object>();
            enter = true;
          }
          case ']', '}' -> {
            if (!started) {
              throw error();
            }
            if (stack.isEmpty()) {
              return finish();
            }
            setTop(stack.remove(stack.size() - 1));
            continue;
          }
          default -> throw error();
        }
        if (!started) {
          started = true;
          setTop(next);
          if (!enter) {
            return finish(); // a single primitive
          }
          continue;
        }
        if (topIsList) {
          list(top).add(next);
        } else if (!hasKey) {
          key = next;
          hasKey = true;
          if (enter) {
            throw error(); // an array or object as a key
          }
        } else {
          map(top).put(key, next);
          key = null;
          hasKey = false;
        }
        if (enter) {
          stack.add(top);
          setTop(next);
        }
      }
    }

    private void setTop(Object value) {
      top = value;
      topIsList = value instanceof List;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
      return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object value) {
      return (Map<Object, Object>) value;
    }

    /** After the value: only spaces may follow (MicroPython's unichar_isspace). */
    private Object finish() {
      while (!atEnd() && " \t\n\r\u000b\f".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (!atEnd()) {
        throw error();
      }
      return top;
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      while (!atEnd() && current() != '"') {
        char c = text.charAt(at);
        if (c == '\\') {
          at++;
          c = current();
          switch (c) {
            case 'b' -> c = '\b';
            case 'f' -> c = '\f';
            case 'n' -> c = '\n';
            case 'r' -> c = '\r';
            case 't' -> c = '\t';
            case 'u' -> {
              int code = 0;
              for (int i = 0; i < 4; i++) {
                at++;
                int digit = ((current() | 0x20) - '0') & 0xFF; // a C byte, as modjson's
                if (digit > 9) {
                  digit = (digit - ('a' - ('9' + 1))) & 0xFF;
                }
                code = (code << 4) | digit;
              }
              out.append((char) code);
              at++;
              continue;
            }
            default -> {
              // any other escaped character stands for itself
            }
          }
        }
        out.append(c);
        at++;
      }
      if (atEnd()) {
        throw error();
      }
      at++;
      return out.toString();
    }

    /** Digits, signs, '.', 'e' and 'E' as modjson gathers them, then Python's int() of them. */
    private Object number(char first) {
      StringBuilder digits = new StringBuilder().append(first);
      boolean fraction = false;
      while (!atEnd() && "+-0123456789.eE".indexOf(current()) >= 0) {
        fraction |= ".eE".indexOf(current()) >= 0;
        digits.append(text.charAt(at++));
      }
      if (fraction) {
        throw new IllegalArgumentException("floats in JSON are not supported by jmpy");
      }
      if (!digits.toString().matches("-?[0-9]+")) {
        // int("1-2") on the board: ValueError
        throw new IllegalArgumentException(
            "invalid syntax for integer with base 10: '" + digits + "'");
      }
      try {
        long value = Long.parseLong(digits.toString());
        return value == (int) value ? (Object) (int) value : (Object) value;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("an integer beyond long in JSON is not supported by"
            + " jmpy: " + digits);
      }
    }
  }
}
