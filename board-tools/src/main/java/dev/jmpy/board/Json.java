package dev.jmpy.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The little JSON the Node scripts speak: flat objects of strings, numbers, booleans and null. */
final class Json {
  private Json() {}

  static String string(String s) {
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

  static String array(List<String> jsonValues) {
    return "[" + String.join(", ", jsonValues) + "]";
  }

  /** A flat object: values are String, Boolean, Double or null. */
  static Map<String, Object> object(String text) {
    Map<String, Object> result = new LinkedHashMap<>();
    int[] at = {skip(text, 0)};
    expect(text, at, '{');
    while (true) {
      at[0] = skip(text, at[0]);
      if (text.charAt(at[0]) == '}') {
        return result;
      }
      String key = parseString(text, at);
      at[0] = skip(text, at[0]);
      expect(text, at, ':');
      at[0] = skip(text, at[0]);
      result.put(key, value(text, at));
      at[0] = skip(text, at[0]);
      if (text.charAt(at[0]) == ',') {
        at[0]++;
      }
    }
  }

  private static Object value(String text, int[] at) {
    char c = text.charAt(at[0]);
    if (c == '"') {
      return parseString(text, at);
    }
    for (String word : new String[] {"true", "false", "null"}) {
      if (text.startsWith(word, at[0])) {
        at[0] += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = at[0];
    while (at[0] < text.length() && "+-0123456789.eE".indexOf(text.charAt(at[0])) >= 0) {
      at[0]++;
    }
    return Double.valueOf(text.substring(start, at[0]));
  }

  private static String parseString(String text, int[] at) {
    expect(text, at, '"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = text.charAt(at[0]++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(at[0]++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at[0], at[0] + 4), 16));
          at[0] += 4;
        }
        default -> out.append(e);
      }
    }
  }

  private static void expect(String text, int[] at, char c) {
    if (text.charAt(at[0]) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + at[0] + " in " + text);
    }
    at[0]++;
  }

  private static int skip(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
