package dev.jmpy.processor.library;

/**
 * {@code String.format} and {@code formatted} with a literal format: Python's {@code %} formatting
 * built at compile time by {@link Formats}, each argument with Java's text.
 */
final class FormatRows implements LibraryRegistry.Rows {
  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(Jdk.STRING + "#format", s -> new Formats(s).format(s.argument(0),
            s.arguments().subList(1, s.arity()), s.node()))
        .call(Jdk.STRING + "#formatted", s -> new Formats(s).format(s.scope().orElseThrow(),
            s.arguments(), s.node()));
  }
}
