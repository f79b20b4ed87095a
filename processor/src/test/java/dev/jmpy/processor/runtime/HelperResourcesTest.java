package dev.jmpy.processor.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each helper is one {@code .py} resource that defines it, declares in Java exactly the helpers
 * its Python uses, and carries checks (run on MicroPython by conformance's HelperChecksTest).
 */
class HelperResourcesTest {
  private static final Path DIR = Path.of("src/main/resources/dev/jmpy/processor/runtime");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Helper.class)
  void definesItselfUsesWhatItDeclaresAndHasChecks(Helper helper) {
    String source = helper.source();
    if (!helper.shared()) { // the shared module is imported under its file's name
      assertWithMessage(helper.pythonName() + ".py defines it").that(source)
          .matches("(?s)(def|class) " + Pattern.quote(helper.pythonName()) + "\\b.*");
    }
    // a helper that imports the shared runtime where it raises (_jparse) does not require it
    boolean importsRuntime = source.contains("import " + Helper.RUNTIME.pythonName() + "\n");
    List<Helper> used = Arrays.stream(Helper.values())
        .filter(other -> other != helper && !(other == Helper.RUNTIME && importsRuntime))
        .filter(other -> Pattern.compile(
            "\\b" + Pattern.quote(other.pythonName()) + "\\b").matcher(source).find())
        .toList();
    assertWithMessage(helper + ".requires()").that(helper.requires())
        .containsExactlyElementsIn(used);
    assertWithMessage(helper.pythonName() + ".py checks").that(helper.resourceText())
        .contains("\n" + Helper.CHECKS_MARKER);
    assertWithMessage(helper.pythonName() + ".py checks").that(helper.resourceText())
        .contains("\n# >>> ");
  }

  @Test
  void everyResourceIsAHelper() throws IOException {
    List<String> names = Arrays.stream(Helper.values()).map(h -> h.pythonName() + ".py").toList();
    try (Stream<Path> files = Files.list(DIR)) {
      assertWithMessage("files in " + DIR).that(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyElementsIn(names);
    }
  }
}
