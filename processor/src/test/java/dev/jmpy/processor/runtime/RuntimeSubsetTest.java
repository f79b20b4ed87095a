package dev.jmpy.processor.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The part of {@code _jmpy.py} a program's image holds. */
class RuntimeSubsetTest {
  private static final RuntimeSubset RUNTIME = RuntimeSubset.runtime();
  private static final Set<String> ALL = RuntimeSubset.namesDefinedIn(Helper.RUNTIME.source());

  @Test
  void everyNameWantedGivesTheWholeFileBack() {
    assertEquals(Helper.RUNTIME.source().strip(), RUNTIME.text(ALL).strip());
    assertEquals(Helper.RUNTIME.source(), RUNTIME.all());
  }

  @Test
  void aProgramThatThrowsOneJdkExceptionGetsItsClassAndWhatItsTextNeeds() {
    String text = RUNTIME.text(Set.of("IllegalArgumentException"));
    Set<String> defined = RuntimeSubset.namesDefinedIn(text);
    assertEquals(Set.of("IllegalArgumentException", "_text", "name", "message", "_NAMES"), defined);
    assertTrue(text.startsWith("# jmpy's shared runtime"), text);
    assertFalse(text.contains("import sys"), text);
  }

  @Test
  void aSubclassBringsItsJavaSuperclassAndAnImportOnlyWhenUsed() {
    Set<String> defined = RuntimeSubset.namesDefinedIn(RUNTIME.text(Set.of("NumberFormatException")));
    assertTrue(defined.containsAll(Set.of("NumberFormatException", "IllegalArgumentException")), defined.toString());
    Set<String> trace = RuntimeSubset.namesDefinedIn(RUNTIME.text(Set.of("print_trace")));
    assertTrue(trace.contains("sys"), trace.toString());
  }

  @Test
  void namesInCommentsAndStringsBringNothing() {
    // ClassCastException's comment names TypeError and NullPointerException; name()'s strings
    // name every Java family: none of them is needed.
    Set<String> defined = RuntimeSubset.namesDefinedIn(RUNTIME.text(Set.of("ClassCastException")));
    assertFalse(defined.contains("NullPointerException"), defined.toString());
    assertFalse(defined.contains("ArithmeticException"), defined.toString());
  }

  @Test
  void everySubsetOfOneNameDefinesEveryRuntimeNameItsCodeMentions() {
    Pattern identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    for (String name : ALL) {
      String text = RUNTIME.text(Set.of(name));
      Set<String> defined = RuntimeSubset.namesDefinedIn(text);
      assertTrue(defined.contains(name), name);
      Set<String> missing = new TreeSet<>();
      for (String line : text.split("\n")) {
        String code = line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("#.*", "");
        Matcher m = identifier.matcher(code);
        while (m.find()) {
          if (ALL.contains(m.group()) && !defined.contains(m.group())) {
            missing.add(m.group());
          }
        }
      }
      assertEquals(Set.of(), missing, "the subset for " + name + " mentions");
    }
  }

  @Test
  void aModulesNamesAreItsRuntimeAttributes() {
    assertEquals(Set.of("IllegalStateException", "text"), RuntimeSubset.namesUsedBy(
        "import _jmpy\n\n\ndef f(e):\n    print(_jmpy.text(e))\n    raise _jmpy.IllegalStateException(\"x\")\n"));
  }
}
