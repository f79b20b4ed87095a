package dev.jmpy.processor.emit;

import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.PyModuleFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes modules through the {@link Filer} to the class output under {@code micropython/}, so
 * {@code javac -d out} gives {@code out/micropython/...} and build tools see the files. Each module
 * is printed whole before its file is opened, so a file is never half-written; package folders get
 * an empty {@code __init__.py}.
 */
public final class ModuleWriter {
  /** The folder below the class output that is the board image. */
  public static final String ROOT = "micropython/";

  private final Filer filer;
  private final Diagnostics diagnostics;
  private final Set<String> packagesWritten = new HashSet<>();

  public ModuleWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /** Writes {@code file}, generated from {@code origin}, and its packages' {@code __init__.py}. */
  public void write(PyModuleFile file, Element origin) {
    String text = PythonPrinter.print(file);
    writeText(file.path(), text, origin);
    String dir = file.path();
    while (dir.contains("/")) {
      dir = dir.substring(0, dir.lastIndexOf('/'));
      if (packagesWritten.add(dir)) {
        writeText(dir + "/__init__.py", "", null);
      }
    }
  }

  /** Writes {@code text} to {@code micropython/<path>}. */
  public void writeText(String path, String text, Element origin) {
    try {
      FileObject out = origin == null
          ? filer.createResource(StandardLocation.CLASS_OUTPUT, "", ROOT + path)
          : filer.createResource(StandardLocation.CLASS_OUTPUT, "", ROOT + path, origin);
      try (Writer writer = out.openWriter()) {
        writer.write(text);
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.report(origin, Message.COULD_NOT_WRITE, ROOT + path, e.getMessage());
    }
  }

  /**
   * Deletes {@code micropython/<path>} if an earlier build left it, so a class that no longer
   * translates leaves no stale module behind.
   */
  public void deleteStale(String path) {
    try {
      FileObject old = filer.getResource(StandardLocation.CLASS_OUTPUT, "", ROOT + path);
      // javac's Filer wraps the file in an object whose delete() always says no; on a real
      // class output directory, delete the file itself.
      if (!old.delete() && "file".equals(old.toUri().getScheme())) {
        Files.deleteIfExists(Path.of(old.toUri()));
      }
    } catch (IOException | RuntimeException e) {
      // Nothing was there, or the file manager cannot delete: nothing stale we can act on.
    }
  }
}
