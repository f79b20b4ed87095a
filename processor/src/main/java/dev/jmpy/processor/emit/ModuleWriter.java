package dev.jmpy.processor.emit;

import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.python.LineMapSource;
import dev.jmpy.processor.python.PyModuleFile;
import dev.jmpy.processor.python.PyStmt;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
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
  /** The folder below the class output that holds the modules' line maps (host only). */
  public static final String LINE_MAPS = "jmpy-linemaps/";

  private final Filer filer;
  private final Diagnostics diagnostics;
  private final Set<String> packagesWritten = new HashSet<>();

  public ModuleWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * Writes {@code file}, generated from {@code origin}, and its packages' {@code __init__.py};
   * returns the module's text.
   */
  public String write(PyModuleFile file, Element origin) {
    return write(file, origin, null);
  }

  /**
   * Writes {@code file}, generated from {@code origin}, its packages' {@code __init__.py}, and,
   * when {@code lines} is given, its line map {@code jmpy-linemaps/<path>.map} ({@link LineMapText}):
   * beside the board image, not in it, since tracebacks are decoded on the host. Returns the
   * module's text.
   */
  public String write(PyModuleFile file, Element origin, LineMapSource lines) {
    Map<PyStmt, Integer> printedAt = new IdentityHashMap<>();
    String text = PythonPrinter.print(file, printedAt);
    writeText(file.path(), text, origin);
    if (lines != null) {
      writeResource(LINE_MAPS + file.path() + ".map",
          LineMapText.of(file, lines, printedAt), origin);
    }
    String dir = file.path();
    while (dir.contains("/")) {
      dir = dir.substring(0, dir.lastIndexOf('/'));
      if (packagesWritten.add(dir)) {
        writeText(dir + "/__init__.py", "", null);
      }
    }
    return text;
  }

  /** Writes {@code text} to {@code micropython/<path>}. */
  public void writeText(String path, String text, Element origin) {
    writeResource(ROOT + path, text, origin);
  }

  private void writeResource(String name, String text, Element origin) {
    try {
      FileObject out = origin == null
          ? filer.createResource(StandardLocation.CLASS_OUTPUT, "", name)
          : filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, origin);
      try (Writer writer = out.openWriter()) {
        writer.write(text);
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.report(origin, Message.COULD_NOT_WRITE, name, e.getMessage());
    }
  }

  /**
   * The text of {@code micropython/<path>} at {@code location} (what an earlier compilation left in
   * the class output, or a jar's on the class path), or null when there is none.
   */
  public String readText(StandardLocation location, String path) {
    try {
      return filer.getResource(location, "", ROOT + path).getCharContent(true).toString();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Where {@code name} (a path under the class output, e.g. {@code micropython/_jmpy.py}) is found
   * first at {@code location}, or null when it is not there.
   */
  public java.net.URI find(StandardLocation location, String name) {
    try {
      FileObject file = filer.getResource(location, "", name);
      try (java.io.InputStream in = file.openInputStream()) {
        return file.toUri();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes {@code text} to {@code name}, a path under the class output (not the board image). */
  public void writeOutputResource(String name, String text) {
    writeResource(name, text, null);
  }

  /**
   * Deletes {@code micropython/<path>} if an earlier build left it, so a class that no longer
   * translates leaves no stale module behind.
   */
  public void deleteStale(String path) {
    deleteStaleResource(ROOT + path);
    deleteStaleResource(LINE_MAPS + path + ".map");
  }

  private void deleteStaleResource(String name) {
    try {
      FileObject old = filer.getResource(StandardLocation.CLASS_OUTPUT, "", name);
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
