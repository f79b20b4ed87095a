package dev.jmpy.processor.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmpy.processor.emit.PythonPrinter;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HelperSourceTest {
  private static String print(List<PyStmt> body) {
    return PythonPrinter.print(new PyModuleFile("m.py", body));
  }

  @Test
  void printsBackTheSourceItRead() {
    String source = """
        class _Box(_Base):
            # a comment

            def __init__(self, items=()):
                self._items = [x * 2 for k, x in items if not k]
                self._n = -1

            def pick(self, i):
                if i < 0 or i >= len(self._items) and i != 3:
                    raise KeyError()
                elif i is not None:
                    i += 1
                else:
                    return None if i is None else (self._items[i], self._items[1:])
                while (i + 1) // 2 > 0:
                    i -= 1
                return type(self)(self._n, key=i)
        """;
    assertEquals(source, print(HelperSource.parse(source)));
  }

  /** Every helper, however it is written, reads back from its printed text unchanged. */
  @ParameterizedTest
  @EnumSource(Helper.class)
  void everyHelperRoundTrips(Helper helper) {
    String printed = print(helper.definition());
    assertEquals(printed, print(HelperSource.parse(printed)));
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThrows(IllegalArgumentException.class, () -> HelperSource.parse("x = lambda: 1\n"));
    assertThrows(IllegalArgumentException.class, () -> HelperSource.parse("if x:\ny = 1\n"));
    assertThrows(IllegalArgumentException.class, () -> HelperSource.parse("  x = 1\n"));
  }
}
