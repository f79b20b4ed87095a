package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.library.LibraryRegistry;
import dev.jmpy.processor.source.SourceUnit;
import dev.jmpy.processor.types.TypeOracle;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every part of one module's translation shares, built once per module. */
record TranslationEnv(SourceUnit unit, TypeOracle oracle, Diagnostics diagnostics, Types types,
    Elements elements, Analyses analyses, LibraryRegistry library) {

  /** Reports {@code message} at {@code node}. */
  void report(Node node, Message message, Object... args) {
    diagnostics.report(unit, node, message, args);
  }

  /** The same, for a nested, local or anonymous class declared in this unit. */
  TranslationEnv forNested(javax.lang.model.element.TypeElement type,
      com.github.javaparser.ast.body.TypeDeclaration<?> declaration) {
    return new TranslationEnv(new SourceUnit(type, unit.javacUnit(), unit.parsed(), declaration,
        unit.index()), oracle, diagnostics, types, elements, analyses, library);
  }
}
