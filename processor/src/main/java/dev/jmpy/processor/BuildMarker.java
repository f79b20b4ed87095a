package dev.jmpy.processor;

import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/jmpy/processed.properties} in the class output, written at the end of every
 * compilation the processor ran in (with or without {@code @MicroPython} classes), after the class
 * files. A build tool that sees jmpy on a project's class path and compiled classes newer than this
 * file (or no file at all) knows the processor was not run: jmpy-maven-plugin checks it. The
 * content says what this compilation translated; it has no timestamp, so a rebuild is byte-equal.
 */
final class BuildMarker {
  static final String PATH = "META-INF/jmpy/processed.properties";

  private final Filer filer;
  private final Diagnostics diagnostics;

  BuildMarker(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * @param classes the {@code @MicroPython} classes this compilation had (qualified names)
   * @param modules the files it wrote below {@code micropython/}
   */
  void write(List<String> classes, List<String> modules) {
    String text = "# Written by jmpy's annotation processor at the end of each compilation it ran"
        + " in.\n"
        + "classes=" + String.join(",", classes) + "\n"
        + "modules=" + String.join(",", modules) + "\n";
    try (Writer out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH).openWriter()) {
      out.write(text);
    } catch (IOException | RuntimeException e) {
      diagnostics.report(null, Message.COULD_NOT_WRITE, PATH, e.getMessage());
    }
  }
}
