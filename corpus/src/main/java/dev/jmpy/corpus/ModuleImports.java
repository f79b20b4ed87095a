package dev.jmpy.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The imports of the generated modules of a board image, read from the Python text: which modules
 * of the image a module needs, and which of those were never written.
 */
final class ModuleImports {
  private static final Pattern FROM_IMPORT = Pattern.compile("(?m)^\\s*from ([\\w.]+) import ([\\w, ]+)$");
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import ([\\w.]+)(?: as \\w+)?$");

  private final Path image;

  ModuleImports(Path image) {
    this.image = image;
  }

  /**
   * The module paths (relative to the image, {@code a/b/c.py}) that {@code modulePath} imports
   * inside the image's own top-level packages, whether or not they were written.
   */
  Set<String> direct(String modulePath) {
    Set<String> imports = new LinkedHashSet<>();
    Path file = image.resolve(modulePath);
    if (!Files.isRegularFile(file)) {
      return imports;
    }
    String text;
    try {
      text = Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher from = FROM_IMPORT.matcher(text);
    while (from.find()) {
      String pkg = from.group(1);
      if (Files.isRegularFile(image.resolve(pkg.replace('.', '/') + ".py"))) {
        addIfOwn(imports, pkg.replace('.', '/') + ".py"); // names imported from a module
      } else {
        for (String name : from.group(2).split(",")) {
          addIfOwn(imports, pkg.replace('.', '/') + "/" + name.strip() + ".py");
        }
      }
    }
    Matcher plain = IMPORT.matcher(text);
    while (plain.find()) {
      addIfOwn(imports, plain.group(1).replace('.', '/') + ".py");
    }
    return imports;
  }

  /** The modules {@code modulePath} needs, directly or through others, that are not in the image. */
  Set<String> missing(String modulePath) {
    Set<String> seen = new LinkedHashSet<>(List.of(modulePath));
    Set<String> missing = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(modulePath));
    while (!todo.isEmpty()) {
      for (String imported : direct(todo.pop())) {
        if (!Files.isRegularFile(image.resolve(imported))) {
          missing.add(imported);
        } else if (seen.add(imported)) {
          todo.push(imported);
        }
      }
    }
    return missing;
  }

  /** Only modules under a folder of the image are its own (asyncio, math, ... are the board's). */
  private void addIfOwn(Set<String> imports, String modulePath) {
    int slash = modulePath.indexOf('/');
    if (slash > 0 && Files.isDirectory(image.resolve(modulePath.substring(0, slash)))) {
      imports.add(modulePath);
    }
  }
}
