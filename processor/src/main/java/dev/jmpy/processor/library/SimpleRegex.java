package dev.jmpy.processor.library;

/**
 * A Java regular expression checked against the simple forms jmpy translates (the {@code _jre}
 * helper matches them on the board, as {@code java.util.regex} does): a sequence of atoms, each
 * a literal character, an escaped character ({@code \\.}, {@code \\|}, {@code \\t}), {@code .},
 * a class {@code \\d \\s \\w} or its negation {@code \\D \\S \\W}, or a set {@code [...]} /
 * {@code [^...]} of characters, ranges and those classes; each atom optionally followed by
 * {@code *}, {@code +}, {@code ?}, {@code {n}}, {@code {n,}} or {@code {n,m}} (greedy). No
 * groups, alternation, anchors, lazy or possessive quantifiers, back references or flags: MicroPython's
 * own {@code re} module has no {@code split} at module level, matches bytes rather than characters,
 * and has other rules for those.
 *
 * @param pattern the regular expression
 * @param literal the text the pattern matches when it is a plain literal ({@code "\\."} → ".",
 *     {@code ", "}), else null
 * @param problem what is beyond the simple forms ("a group (...)"), else null
 */
record SimpleRegex(String pattern, String literal, String problem) {
  /** What a message lists as the forms that work. */
  static final String FORMS = "literal characters, escaped ones (\\\\. \\\\| \\\\t), '.', "
      + "\\\\d \\\\s \\\\w and \\\\D \\\\S \\\\W, sets like [a-z,;] and [^0-9], each optionally "
      + "followed by *, +, ? or {n,m}";

  static SimpleRegex parse(String p) {
    StringBuilder literal = new StringBuilder();
    boolean plain = true;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i++);
      boolean atomIsLiteral = true;
      switch (c) {
        case '\\' -> {
          if (i == p.length()) {
            return problem(p, "a trailing backslash");
          }
          char e = p.charAt(i++);
          if ("dDsSwW".indexOf(e) >= 0) {
            atomIsLiteral = false;
          } else if ("tnrf".indexOf(e) >= 0) {
            literal.append(switch (e) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> '\f';
            });
          } else if (Character.isLetterOrDigit(e) || e > 127) {
            return problem(p, "the escape \\\\" + e);
          } else {
            literal.append(e);
          }
        }
        case '[' -> {
          int end = setEnd(p, i);
          if (end < 0) {
            return problem(p, setProblem(p, i));
          }
          i = end;
          atomIsLiteral = false;
        }
        case '.' -> atomIsLiteral = false;
        case '(', ')' -> {
          return problem(p, "a group (...)");
        }
        case '|' -> {
          return problem(p, "alternation (|)");
        }
        case '^', '$' -> {
          return problem(p, "the anchor " + c);
        }
        case '*', '+', '?', '{' -> {
          return problem(p, "a quantifier " + c + " with nothing before it to repeat");
        }
        default -> literal.append(c);
      }
      if (i < p.length() && "*+?{".indexOf(p.charAt(i)) >= 0) {
        atomIsLiteral = false;
        if (p.charAt(i) == '{') {
          int end = p.indexOf('}', i);
          if (end < 0 || !p.substring(i + 1, end).matches("\\d+(,\\d*)?")) {
            return problem(p, "the repetition " + p.substring(i, end < 0 ? p.length() : end + 1));
          }
          String[] bounds = p.substring(i + 1, end).split(",", -1);
          if (bounds.length == 2 && !bounds[1].isEmpty()
              && Integer.parseInt(bounds[1]) < Integer.parseInt(bounds[0])) {
            return problem(p, "the repetition " + p.substring(i, end + 1));
          }
          i = end + 1;
        } else {
          i++;
        }
        if (i < p.length() && "?+*{".indexOf(p.charAt(i)) >= 0) {
          return problem(p, p.charAt(i) == '?' ? "a lazy quantifier (" + p.charAt(i - 1) + "?)"
              : p.charAt(i) == '+' ? "a possessive quantifier (" + p.charAt(i - 1) + "+)"
              : "two quantifiers in a row");
        }
      }
      plain &= atomIsLiteral;
    }
    return new SimpleRegex(p, plain ? literal.toString() : null, null);
  }

  /** The index after the set that starts after the '[' at {@code start}, or -1 if unsupported. */
  private static int setEnd(String p, int start) {
    return setProblem(p, start) == null ? setScan(p, start) : -1;
  }

  /** The problem with the set that starts after the '[' at {@code start}, or null. */
  private static String setProblem(String p, int start) {
    int i = start;
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      return "a set starting with ] (escape it: [\\\\]...])";
    }
    while (i < p.length() && p.charAt(i) != ']') {
      char c = p.charAt(i++);
      if (c == '[') {
        return "a set inside a set ([...[...]...])";
      }
      if (c == '&' && i < p.length() && p.charAt(i) == '&') {
        return "a set intersection (&&)";
      }
      if (c == '\\') {
        if (i == p.length()) {
          return "an unclosed set [";
        }
        char e = p.charAt(i++);
        if ((Character.isLetterOrDigit(e) || e > 127) && "dDsSwWtnrf".indexOf(e) < 0) {
          return "the escape \\\\" + e;
        }
        continue;
      }
      if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
        char to = p.charAt(i + 1);
        if (to == '\\' || to == '[') {
          return "a range ending in an escape or a set";
        }
        if (to < c) {
          return "the reversed range " + c + "-" + to;
        }
        i += 2;
      }
    }
    return i < p.length() ? null : "an unclosed set [";
  }

  /** The index after the ']' closing a valid set that starts after the '[' at {@code start}. */
  private static int setScan(String p, int i) {
    while (p.charAt(i) != ']') {
      i += p.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static SimpleRegex problem(String p, String what) {
    return new SimpleRegex(p, null, what);
  }
}
