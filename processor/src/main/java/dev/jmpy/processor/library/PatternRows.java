package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.helper;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import java.util.Optional;

/**
 * {@code java.util.regex.Pattern} and {@code Matcher} for the regular expressions
 * {@link RegexRows} translates (a compile-time constant of the simple forms): a Pattern is its
 * pattern string (checked where it is compiled), a Matcher the pair {@code (pattern, input)}, and
 * their replaceAll/replaceFirst/matches/split are String's ({@code _jre_replace},
 * {@code _jre_matches}, {@code _jre_split}). find()/group() are not translated.
 */
final class PatternRows implements LibraryRegistry.Rows {
  private static final String PATTERN = "java.util.regex.Pattern#";
  private static final String MATCHER = "java.util.regex.Matcher#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(PATTERN + "compile", s -> s.arity() == 1 ? constant(s, 0, "Pattern.compile")
            .map(p -> (PyExpr) PyExpr.Literal.string(p.pattern())).orElse(CallSite.ERROR) : null)
        .call(PATTERN + "matcher", s -> new PyExpr.TupleExpr(List.of(s.receiver(), s.arg(0))))
        .call(PATTERN + "pattern", CallSite::receiver)
        .call(PATTERN + "toString", CallSite::receiver)
        .call(PATTERN + "split", s -> s.arity() == 1 ? helper(s, Helper.REGEX_SPLIT,
            List.of(s.arg(0), s.receiver(), literal("0"))) : null)
        .call(PATTERN + "matches", s -> constant(s, 0, "Pattern.matches").map(p -> p.literal() != null
            ? op(s.arg(1), "==", PyExpr.Literal.string(p.literal()))
            : helper(s, Helper.REGEX_MATCHES, List.of(s.arg(1), PyExpr.Literal.string(p.pattern()))))
            .orElse(CallSite.ERROR))
        .call(MATCHER + "replaceAll", s -> replace(s, false))
        .call(MATCHER + "replaceFirst", s -> replace(s, true))
        .call(MATCHER + "matches", s -> {
          PyExpr[] m = Forms.once(s, s.receiver(), "m");
          return helper(s, Helper.REGEX_MATCHES, List.of(Forms.item(m[0], "1"), Forms.item(m[1], "0")));
        })
        .instead("java.util.regex.Matcher", name -> "jmpy translates Matcher.replaceAll(text), "
            + "replaceFirst(text) and matches(); find() and group() are not translated: use "
            + "String.split, indexOf or a loop over the characters");
  }

  /** {@code _jre_replace(input, pattern, replacement, first)} of the Matcher's pair. */
  private static PyExpr replace(CallSite s, boolean first) {
    if (s.arity() != 1 || !Jdk.isString(s.typeOf(s.argument(0)))) {
      return null; // replaceAll(Function<MatchResult, String>): not mapped
    }
    PyExpr[] m = Forms.once(s, s.receiver(), "m");
    return helper(s, Helper.REGEX_REPLACE, List.of(Forms.item(m[0], "1"), Forms.item(m[1], "0"),
        s.arg(0), literal(first ? "True" : "False")));
  }

  /** The pattern argument {@code i}, a constant of the simple forms, or empty after JMPY063. */
  private static Optional<SimpleRegex> constant(CallSite s, int i, String method) {
    Optional<String> pattern = RegexRows.constant(s, s.argument(i));
    if (pattern.isEmpty()) {
      s.rejectAt(s.argument(i), Message.UNSUPPORTED_REGEX, method + "()",
          "a pattern that is not a compile-time constant", SimpleRegex.FORMS,
          "write the pattern as a string literal or a static final String");
      return Optional.empty();
    }
    SimpleRegex regex = SimpleRegex.parse(pattern.get());
    if (regex.problem() != null) {
      s.rejectAt(s.argument(i), Message.UNSUPPORTED_REGEX, method + "(\""
          + pattern.get().replace("\\", "\\\\") + "\")", regex.problem(), SimpleRegex.FORMS,
          "split or replace in steps with simpler patterns, or scan the string in a loop");
      return Optional.empty();
    }
    return Optional.of(regex);
  }
}
