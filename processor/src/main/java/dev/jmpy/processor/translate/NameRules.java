package dev.jmpy.processor.translate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.expr.SimpleName;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.source.SourceUnit;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Java names that no Python name can stand for, reported before translation. Names jmpy renames
 * (a local {@code None}, a method {@code print}) are not here; these are the ones it cannot:
 * <ul>
 *   <li>JMPY091: a package named by a Python keyword ({@code from}, {@code None}, {@code lambda})
 *       is a folder that {@code from from.x import app} cannot import; an enum constant named so is
 *       an attribute {@code Color.None} that is a SyntaxError.
 *   <li>JMPY092: {@code $} in a name: no Python identifier holds it.
 *   <li>JMPY094: MicroPython's limits. A name is interned as a qstr whose length is one byte
 *       ({@code MICROPY_QSTR_BYTES_IN_LEN} 1, py/qstr.c raises "name too long" at 256 bytes); the
 *       ESP32 port builds an import's file path in a fixed buffer of {@code MICROPY_ALLOC_PATH_MAX}
 *       128 bytes (py/builtinimport.c, ports/esp32/mpconfigport.h), which must hold
 *       {@code pkg/mod.mpy} and each {@code pkg/__init__.mpy} with a terminating zero.
 * </ul>
 */
final class NameRules {
  /** Bytes of a qstr: below 256; jmpy may add a few (a trailing _, an overload's suffix). */
  static final int NAME_BYTES = 240;
  /** The ESP32 port's import path buffer, with its terminating zero. */
  static final int PATH_BYTES = 128;

  private NameRules() {}

  static void check(SourceUnit unit, Diagnostics diagnostics) {
    unit.parsed().getPackageDeclaration().ifPresent(p -> checkPackage(unit, p, diagnostics));
    Set<String> reported = new HashSet<>();
    for (SimpleName name : unit.declaration().findAll(SimpleName.class)) {
      String id = name.getIdentifier();
      if (id.contains("$") && reported.add(id)) {
        diagnostics.report(unit, at(name), Message.DOLLAR_IN_NAME, id);
      } else if (utf8(Names.snake(id)) > NAME_BYTES && reported.add(id)) {
        diagnostics.report(unit, at(name), Message.NAME_TOO_LONG,
            "the name " + id.substring(0, 20) + "... (" + utf8(Names.snake(id)) + " bytes in Python)",
            "a name in MicroPython is at most 255 bytes (jmpy keeps " + (255 - NAME_BYTES)
                + " for the suffixes it may add)");
      }
    }
    for (EnumConstantDeclaration constant : unit.declaration().findAll(EnumConstantDeclaration.class)) {
      if (ReservedNames.KEYWORDS.contains(constant.getNameAsString())) {
        diagnostics.report(unit, constant, Message.PYTHON_KEYWORD_NAME,
            "the enum constant " + constant.getNameAsString(), "Color.None is a SyntaxError");
      }
    }
    String path = ClassNames.path(unit.element());
    String stem = path.substring(0, path.length() - ".py".length());
    String folder = stem.contains("/") ? stem.substring(0, stem.lastIndexOf('/')) : null;
    int longest = Math.max(utf8(stem + ".mpy") + 1,
        folder == null ? 0 : utf8(folder + "/__init__.mpy") + 1);
    if (longest > PATH_BYTES) {
      Node at = unit.parsed().getPackageDeclaration().map(p -> (Node) p).orElse(unit.declaration());
      diagnostics.report(unit, at, Message.NAME_TOO_LONG,
          "the module path " + path + " (" + longest + " bytes to import it as .mpy)",
          "the ESP32 port imports through a path buffer of " + PATH_BYTES
              + " bytes (MICROPY_ALLOC_PATH_MAX), which must hold pkg/mod.mpy, each "
              + "pkg/__init__.mpy and a terminating zero");
    }
  }

  private static void checkPackage(SourceUnit unit, PackageDeclaration declaration,
      Diagnostics diagnostics) {
    for (String part : declaration.getNameAsString().split("\\.")) {
      if (part.contains("$")) {
        diagnostics.report(unit, declaration, Message.DOLLAR_IN_NAME, "package " + part);
      } else if (ReservedNames.KEYWORDS.contains(part)) {
        diagnostics.report(unit, declaration, Message.PYTHON_KEYWORD_NAME, "the package " + part,
            "from " + part + ".x import app is a SyntaxError");
      }
    }
  }

  /** A declaration's name is reported at the declaration, where javac has a tree. */
  private static Node at(SimpleName name) {
    return name.getParentNode().orElse(name);
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
