package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import java.util.List;

/**
 * {@code java.util.Optional}: an Optional is its value, or None when empty. map / filter /
 * ifPresent / orElseGet bind the value once ({@code :=}) to the lambda's parameter.
 */
final class OptionalRows implements LibraryRegistry.Rows {
  static final String OPTIONAL_FAMILY = "java.util.Optional";
  /** OptionalInt, OptionalLong, OptionalDouble: their own getters, then Optional's rows. */
  static final String OPTIONAL_PRIMITIVE = "java.util.OptionalInt";
  private static final String OPTIONAL = OPTIONAL_FAMILY + "#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(OPTIONAL + "of", s -> s.arg(0))
        .call(OPTIONAL + "ofNullable", s -> s.arg(0))
        .call(OPTIONAL + "empty", s -> literal("None"))
        .call(OPTIONAL + "isPresent", s -> op(s.receiver(), "is not", literal("None")))
        .call(OPTIONAL + "isEmpty", s -> op(s.receiver(), "is", literal("None")))
        .call(OPTIONAL + "get", CallSite::receiver)
        .call(OPTIONAL_PRIMITIVE + "#getAsInt", CallSite::receiver)
        .call(OPTIONAL_PRIMITIVE + "#getAsLong", CallSite::receiver)
        .call(OPTIONAL_PRIMITIVE + "#getAsDouble", CallSite::receiver)
        .call(OPTIONAL + "orElseThrow", s -> s.arity() == 0 ? s.receiver() : null)
        .call(OPTIONAL + "orElse", s -> {
          String value = s.temporary("v");
          return new PyExpr.IfExp(op(new PyExpr.NamedExpr(value, s.receiver()), "is not",
              literal("None")), new PyExpr.Name(value), s.arg(0));
        })
        .call(OPTIONAL + "orElseGet", s -> {
          String value = s.temporary("v");
          return new PyExpr.IfExp(op(new PyExpr.NamedExpr(value, s.receiver()), "is not",
              literal("None")), new PyExpr.Name(value), new PyExpr.Call(s.arg(0), List.of()));
        })
        .call(OPTIONAL + "map", s -> {
          CallSite.Applied mapped = s.apply(s.argument(0));
          return new PyExpr.IfExp(op(new PyExpr.NamedExpr(mapped.variable(), s.receiver()), "is",
              literal("None")), literal("None"), mapped.result());
        })
        .call(OPTIONAL + "filter", s -> {
          CallSite.Applied test = s.apply(s.argument(0));
          return new PyExpr.IfExp(op(op(new PyExpr.NamedExpr(test.variable(), s.receiver()),
              "is not", literal("None")), "and", test.result()), new PyExpr.Name(test.variable()),
              literal("None"));
        })
        .call(OPTIONAL + "ifPresent", s -> {
          CallSite.Applied action = s.apply(s.argument(0));
          return new PyExpr.IfExp(op(new PyExpr.NamedExpr(action.variable(), s.receiver()),
              "is not", literal("None")), action.result(), literal("None"));
        });
  }
}
