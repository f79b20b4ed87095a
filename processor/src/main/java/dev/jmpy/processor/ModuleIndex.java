package dev.jmpy.processor;

import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.translate.ModuleTranslator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/jmpy/modules.index} in the class output: which class owns each module path below
 * {@code micropython/}, kept across compilations into one output folder. Two classes whose modules
 * are one file ({@code FooBar} and {@code Foo_Bar} are both {@code foo_bar.py}) would overwrite
 * each other, and a module beside a package folder of its name ({@code app.Util} and package
 * {@code app.util}) is hidden by the folder on the board; compiled together or one at a time (an
 * IDE's incremental build), the second class is rejected with JMPY093 naming the first. Paths are
 * compared ignoring case, as the FAT file systems of boards and many hosts do.
 */
final class ModuleIndex {
  static final String PATH = "META-INF/jmpy/modules.index";

  private final Filer filer;
  private final Elements elements;
  private final Diagnostics diagnostics;
  /** module path → class, from earlier compilations; read on first use. */
  private Map<String, String> earlier;
  /** class → module path, for this compilation's classes. */
  private final Map<String, String> current = new LinkedHashMap<>();

  ModuleIndex(Filer filer, Elements elements, Diagnostics diagnostics) {
    this.filer = filer;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** Records that {@code type} is compiled now. */
  void add(TypeElement type) {
    current.put(type.getQualifiedName().toString(), ModuleTranslator.modulePath(type));
  }

  /**
   * Reports JMPY093 on {@code type} if its module collides with another class's, of this
   * compilation or of an earlier one whose class still exists; whether it did.
   */
  boolean reportCollisions(TypeElement type) {
    String name = type.getQualifiedName().toString();
    String path = ModuleTranslator.modulePath(type);
    List<String> others = new ArrayList<>();
    current.forEach((other, otherPath) -> {
      if (!other.equals(name) && collide(path, otherPath)) {
        others.add(other + " (micropython/" + otherPath + ")");
      }
    });
    earlier().forEach((otherPath, other) -> {
      if (!other.equals(name) && !current.containsKey(other) && collide(path, otherPath)
          && stillThere(other, otherPath)) {
        others.add(other + " (micropython/" + otherPath + ", compiled earlier into this folder)");
      }
    });
    if (others.isEmpty()) {
      return false;
    }
    diagnostics.report(type, Message.MODULE_COLLISION, name, "micropython/" + path,
        String.join(", ", others));
    return true;
  }

  /** Writes the index: this compilation's classes and the earlier ones that still exist. */
  void write() {
    Map<String, String> all = new TreeMap<>();
    earlier().forEach((path, type) -> {
      if (!current.containsKey(type) && stillThere(type, path)) {
        all.put(path, type);
      }
    });
    current.forEach((type, path) -> all.putIfAbsent(path, type));
    StringBuilder text = new StringBuilder("# Written by jmpy: the class that owns each module"
        + " below micropython/ (JMPY093 rejects a second one).\n");
    all.forEach((path, type) -> text.append(escape(path)).append('=').append(type).append('\n'));
    try (Writer out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH).openWriter()) {
      out.write(text.toString());
    } catch (IOException | RuntimeException e) {
      diagnostics.report(null, Message.COULD_NOT_WRITE, PATH, e.getMessage());
    }
  }

  /** The same file, or one's module beside (or inside) the other's package folder. */
  static boolean collide(String a, String b) {
    String x = stem(a);
    String y = stem(b);
    // every class is compared with every other: no concatenation per pair (issue 11)
    return x.equals(y) || inside(x, y) || inside(y, x);
  }

  /** Whether {@code path} is below the folder {@code folder}. */
  private static boolean inside(String path, String folder) {
    return path.length() > folder.length() && path.charAt(folder.length()) == '/'
        && path.startsWith(folder);
  }

  private static String stem(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".py") ? lower.substring(0, lower.length() - 3) : lower;
  }

  /** An earlier class still exists (its class file is on the class path) with that module. */
  private boolean stillThere(String type, String path) {
    TypeElement element = elements.getTypeElement(type);
    return element != null && ModuleTranslator.modulePath(element).equals(path);
  }

  private Map<String, String> earlier() {
    if (earlier == null) {
      earlier = new LinkedHashMap<>();
      try {
        FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
        Properties properties = new Properties();
        try (Reader in = file.openReader(true)) {
          properties.load(in);
        }
        properties.forEach((k, v) -> earlier.put((String) k, (String) v));
      } catch (IOException | RuntimeException e) {
        // No index yet (a clean build), or a file manager without one: nothing compiled earlier.
      }
    }
    return earlier;
  }

  private static String escape(String path) {
    return path.replace("\\", "\\\\").replace("=", "\\=").replace(":", "\\:").replace(" ", "\\ ");
  }
}
