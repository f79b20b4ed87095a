package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.source.SourceUnit;
import dev.jmpy.processor.types.TypeOracle;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every part of one module's translation shares. */
record TranslationEnv(
    SourceUnit unit, TypeOracle oracle, Diagnostics diagnostics, Types types, Elements elements) {

  /** Reports {@code message} at {@code node}. */
  void report(Node node, Message message, Object... args) {
    diagnostics.report(unit, node, message, args);
  }
}
