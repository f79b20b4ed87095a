package dev.jmpy.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the MicroPython runner speaks: writing an array of flat string objects, reading one
 * flat object per line (string, number, boolean or null values).
 */
final class JsonText {
  private final String text;
  private int pos;

  private JsonText(String text) {
    this.text = text;
  }

  /** A JSON array of objects whose values are all strings. */
  static String arrayOfObjects(List<Map<String, String>> objects) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < objects.size(); i++) {
      out.append(i == 0 ? "" : ",").append('{');
      int j = 0;
      for (Map.Entry<String, String> e : objects.get(i).entrySet()) {
        out.append(j++ == 0 ? "" : ",").append(quote(e.getKey())).append(':').append(quote(e.getValue()));
      }
      out.append('}');
    }
    return out.append(']').toString();
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
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
    return out.append('"').toString();
  }

  /** One flat object: {@code {"id": "x", "ok": true, "millis": 12, "exception": null}}. */
  static Map<String, Object> parseObject(String line) {
    JsonText p = new JsonText(line.strip());
    Map<String, Object> object = new LinkedHashMap<>();
    p.expect('{');
    p.skipSpace();
    if (p.peek() == '}') {
      return object;
    }
    while (true) {
      p.skipSpace();
      String key = p.string();
      p.skipSpace();
      p.expect(':');
      p.skipSpace();
      object.put(key, p.value());
      p.skipSpace();
      char c = p.next();
      if (c == '}') {
        return object;
      }
      if (c != ',') {
        throw new IllegalArgumentException("expected , or } at " + p.pos + " in " + line);
      }
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (text.startsWith("null", pos)) {
      pos += 4;
      return null;
    }
    if (text.startsWith("true", pos)) {
      pos += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("false", pos)) {
      pos += 5;
      return Boolean.FALSE;
    }
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw new IllegalArgumentException("unexpected '" + c + "' at " + pos + " in " + text);
    }
    return Double.parseDouble(text.substring(start, pos));
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(e); // \" \\ \/
      }
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw new IllegalArgumentException("unexpected end of " + text);
    }
    return text.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("expected " + c + " at " + (pos - 1) + " in " + text);
    }
  }
}
