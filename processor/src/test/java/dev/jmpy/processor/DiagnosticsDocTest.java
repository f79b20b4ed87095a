package dev.jmpy.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.jmpy.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md lists every code, with its kind. */
class DiagnosticsDocTest {
  @Test
  void everyCodeIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("../docs/diagnostics.md"));
    for (Message message : Message.values()) {
      String kind = message.kind().toString().toLowerCase();
      assertWithMessage("docs/diagnostics.md row for " + message)
          .that(doc).contains("| " + message.code() + " | " + kind + " |");
    }
  }
}
