package dev.jmpy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.corpus.Attribution.Outcome;
import dev.jmpy.corpus.Attribution.TypeResult;
import dev.jmpy.corpus.CorpusSelection.CorpusType;
import dev.jmpy.corpus.ProcessorCompile.Diag;
import dev.jmpy.corpus.ReasonTable.Reason;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class ReasonTableTest {

  @Test
  void normalizingKeepsTheConstructAndDropsValuesAndPositions() {
    assertEquals("Math.sqrt() has no MicroPython translation in jmpy yet; see docs",
        ReasonTable.normalize("[JMPY025] Math.sqrt() has no MicroPython translation in jmpy yet; see docs"));
    assertEquals("split(\"…\") with '…' and N parts, not N",
        ReasonTable.normalize("[JMPY021] split(\"\\\\s+\") with ',' and 12 parts, not 2.5f (at 12:7)"));
    assertEquals("cannot find symbol", ReasonTable.normalize("cannot find symbol\n  symbol: class Foo"));
    assertEquals("a Map1 and x2", ReasonTable.normalize("a Map1 and x2"));
  }

  @Test
  void reasonsCountErrorsTypesAndTypesTheyAloneStop() {
    TypeResult a = rejected("p.A", error("[JMPY025] Math.sqrt() has no translation", 3),
        error("[JMPY025] Math.sqrt() has no translation", 9), error("[JMPY020] assert is not supported", 4));
    TypeResult b = rejected("p.B", error("[JMPY025] Math.sqrt() has no translation", 5));
    TypeResult c = rejected("p.C", error("cannot find symbol\n  symbol: Foo", 2));

    List<Reason> reasons = ReasonTable.of(List.of(a, b, c), 3, t -> t.type().file().toString());

    assertEquals(new Reason("JMPY025", "Math.sqrt() has no translation", 3, 2, 1, List.of("p/A.java:3:1", "p/B.java:5:1")),
        reasons.get(0));
    assertEquals(List.of("JMPY025", "JMPY020", "javac"), reasons.stream().map(Reason::code).toList());
    assertEquals(List.of(0, 1), List.of(reasons.get(1).sole(), reasons.get(2).sole()));
  }

  @Test
  void aLibraryClassesMissingMembersCountAsOneReason() {
    TypeResult a = rejected("p.A", error("[JMPY025] new Stack() has no MicroPython translation in jmpy yet; x", 3),
        error("[JMPY025] Stack.push() has no MicroPython translation in jmpy yet; x", 4),
        error("[JMPY025] Stack.pop() has no MicroPython translation in jmpy yet; x", 5));
    TypeResult b = rejected("p.B", error("[JMPY025] Stack.peek() has no MicroPython translation in jmpy yet; x", 3),
        error("[JMPY021] the >>> operator is not supported", 7));

    List<Reason> reasons = ReasonTable.byLibraryClass(List.of(a, b), 1, t -> t.type().file().toString());

    assertEquals(new Reason("JMPY025", "Stack: members with no MicroPython translation yet", 4, 2, 1,
        List.of("p/A.java:3:1")), reasons.get(0));
    assertEquals("the >>> operator is not supported", reasons.get(1).message());
  }

  private static TypeResult rejected(String name, Diag... errors) {
    CorpusType type = new CorpusType(name, Path.of(name.replace('.', '/') + ".java"), 1, 100);
    return new TypeResult(type, Outcome.REJECTED, List.of(errors), List.of(), null);
  }

  private static Diag error(String message, int line) {
    return new Diag(Diagnostic.Kind.ERROR, null, line, 1, message);
  }
}
