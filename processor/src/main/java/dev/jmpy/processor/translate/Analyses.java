package dev.jmpy.processor.translate;

import dev.jmpy.processor.analysis.CheckedExceptions;
import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import dev.jmpy.processor.analysis.JavacTyping;
import dev.jmpy.processor.analysis.NullSafety;
import dev.jmpy.processor.analysis.Typing;
import dev.jmpy.processor.library.Jdk;
import dev.jmpy.processor.types.TypeOracle;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The analyses one module's translation asks, built once per module. */
record Analyses(Typing typing, JavaTypes javaTypes, IntRanges ranges, NullSafety nullSafety,
    CheckedExceptions checked) {

  static Analyses of(TypeOracle oracle, Types types, Elements elements) {
    Typing typing = new JavacTyping(oracle, types,
        elements.getTypeElement(Jdk.STRING).asType());
    JavaTypes javaTypes = new JavaTypes(types);
    return new Analyses(typing, javaTypes,
        new IntRanges(typing, javaTypes, Jdk::resultRange),
        new NullSafety(typing, Jdk::neverReturnsNull),
        new CheckedExceptions(typing, types, elements.getTypeElement(Jdk.EXCEPTION).asType(),
            elements.getTypeElement(Jdk.RUNTIME_EXCEPTION).asType()));
  }
}
