package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import dev.jmpy.micropython.Json;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stub of jmpy-esp32 against the API table derived from MicroPython's sources
 * (tools/esp32_api.json): the Python name each Java method, constructor and constant stands
 * for must exist in its module or class, a call must fit the positional arity, its
 * {@code @PyKeyword} parameters must be keywords the board accepts, and a constant must have
 * the board's value. Stubs are read from source (the annotations have CLASS retention).
 */
class StubsMatchApiTableTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/jmpy");
  private static final Path TABLE = Path.of("tools/esp32_api.json");

  /** Java names that are module functions: the module classes. */
  private static final List<String> MODULE_CLASSES =
      List.of("Machine", "Time", "Network", "Esp32", "Gc", "MicroPython", "Json", "Errno");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void everyStubNameArityKeywordAndConstantIsTheBoards() throws Exception {
    Map<String, Object> modules = map(map(Json.loads(Files.readString(TABLE))).get("modules"));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/board/")).sorted().toList();
    }
    StaticJavaParser.getParserConfiguration()
        .setLanguageLevel(com.github.javaparser.ParserConfiguration.LanguageLevel.JAVA_21);
    for (Path file : files) {
      CompilationUnit unit = StaticJavaParser.parse(file);
      for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
        Optional<String> module = annotation(type.getAnnotations(), "PyModule");
        if (module.isEmpty() || module.get().equals("builtins")) {
          continue;
        }
        Map<String, Object> table = map(modules.get(module.get()));
        if (table == null) {
          problems.add(type.getNameAsString() + ": no module " + module.get() + " in the table");
          continue;
        }
        String className = annotation(type.getAnnotations(), "PyName").orElse(type.getNameAsString());
        boolean moduleClass = MODULE_CLASSES.contains(type.getNameAsString());
        Map<String, Object> scope = moduleClass ? table : map(map(table.get("classes")).get(className));
        if (scope == null) {
          if (type.getAnnotationByName("PyModule").isPresent()
              && type.getMethods().stream().anyMatch(m -> annotation(m.getAnnotations(), "PyItem").isPresent())) {
            continue; // a tuple's view (WLAN.ScanResult): its methods read items
          }
          problems.add(type.getNameAsString() + ": no class " + module.get() + "." + className);
          continue;
        }
        String where = module.get() + (moduleClass ? "" : "." + className);
        Class<?> loaded = Class.forName(unit.getPackageDeclaration().get().getNameAsString() + "."
            + type.getNameAsString());
        for (FieldDeclaration field : type.getFields()) {
          if (!field.isPublic() || !field.isStatic()) {
            continue;
          }
          String name = field.getVariable(0).getNameAsString();
          Map<String, Object> constants = map(scope.get("constants"));
          checked++;
          if (!constants.containsKey(name)) {
            problems.add(where + "." + name + ": no such constant on the board");
            continue;
          }
          Object boardValue = constants.get(name);
          Field javaField = loaded.getField(name);
          Object javaValue = javaField.get(null);
          if (boardValue != null && javaValue instanceof Integer i && !boardValue.equals(i)) {
            problems.add(where + "." + name + " is " + boardValue + " on the board, " + i + " here");
          }
        }
        List<CallableDeclaration<?>> callables = new ArrayList<>(type.getConstructors());
        callables.addAll(type.getMethods());
        for (CallableDeclaration<?> callable : callables) {
          if (!callable.hasModifier(Modifier.Keyword.PUBLIC)
              || callable.getAnnotationByName("Override").isPresent()) {
            continue; // toString() is str(x), not a method of the board's class
          }
          boolean constructor = callable.isConstructorDeclaration();
          String pyName = constructor ? className : annotation(callable.getAnnotations(), "PyName")
              .orElse(snake(callable.getNameAsString()));
          if (!constructor && annotation(callable.getAnnotations(), "PyItem").isPresent()) {
            continue;
          }
          Map<String, Object> signature;
          if (constructor) {
            signature = map(map(scope).get("constructor"));
          } else if (moduleClass) {
            Map<String, Object> functions = map(table.get("functions"));
            if (!functions.containsKey(pyName) && map(table.get("constants")).containsKey(pyName)) {
              checked++;
              continue; // micropython.const: an object the table cannot type
            }
            signature = map(functions.get(pyName));
            if (!functions.containsKey(pyName)) {
              problems.add(where + "." + pyName + ": no such function on the board ("
                  + type.getNameAsString() + "." + callable.getNameAsString() + ")");
              continue;
            }
          } else {
            Map<String, Object> methods = map(scope.get("methods"));
            if (!methods.containsKey(pyName)) {
              problems.add(where + "." + pyName + ": no such method on the board ("
                  + type.getNameAsString() + "." + callable.getNameAsString() + ")");
              continue;
            }
            signature = map(methods.get(pyName));
          }
          checked++;
          if (signature == null) {
            continue; // the table knows the name only
          }
          check(where + "." + (constructor ? "<init>" : pyName) + " (" + type.getNameAsString()
              + "." + callable.getDeclarationAsString(false, false, false) + ")",
              callable.getParameters(), signature, problems);
        }
      }
    }
    assertTrue(checked > 150, "only " + checked + " stub members checked");
    assertEquals(List.of(), problems);
  }

  private static void check(String what, List<Parameter> parameters, Map<String, Object> signature,
      List<String> problems) {
    int positional = 0;
    List<String> keywords = new ArrayList<>();
    for (Parameter p : parameters) {
      Optional<String> keyword = annotation(p.getAnnotations(), "PyKeyword");
      if (keyword.isPresent()) {
        keywords.add(keyword.get());
      } else {
        positional++;
      }
    }
    int min = ((Number) signature.get("min")).intValue();
    Object max = signature.get("max");
    @SuppressWarnings("unchecked")
    List<String> params = signature.get("params") == null ? List.of()
        : (List<String>) signature.get("params");
    int given = positional;
    long requiredByName = keywords.stream().filter(k -> params.indexOf(k) >= given).count();
    if (positional + requiredByName < min) {
      problems.add(what + ": " + positional + " positional, the board needs " + min);
    }
    if (max != null && positional > ((Number) max).intValue()) {
      problems.add(what + ": " + positional + " positional, the board takes at most " + max);
    }
    @SuppressWarnings("unchecked")
    List<String> accepted = (List<String>) signature.get("keywords");
    if (accepted != null) {
      for (String k : keywords) {
        if (!accepted.contains(k)) {
          problems.add(what + ": keyword " + k + " is not one the board takes " + accepted);
        }
      }
    }
  }

  private static Optional<String> annotation(List<AnnotationExpr> annotations, String name) {
    for (AnnotationExpr a : annotations) {
      if (a.getNameAsString().equals(name)) {
        if (a instanceof SingleMemberAnnotationExpr single) {
          return Optional.of(single.getMemberValue().isStringLiteralExpr()
              ? single.getMemberValue().asStringLiteralExpr().asString()
              : single.getMemberValue().toString());
        }
        return Optional.of("");
      }
    }
    return Optional.empty();
  }

  /** The processor's rule: camelCase to snake_case, digits keeping to their word. */
  static String snake(String javaName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousLower = i > 0 && (Character.isLowerCase(javaName.charAt(i - 1))
            || Character.isDigit(javaName.charAt(i - 1)));
        boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        boolean previousUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
        if (out.length() > 0 && (previousLower || (previousUpper && nextLower))) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  @Test
  void theTableIsWhatDeriveApiWritesFromTheMicroPythonSources() throws IOException, InterruptedException {
    Path mirror = Path.of(System.getProperty("jmpy.micropython.mirror",
        "/work/.mirror/micropython+micropython/repo"));
    if (!Files.isDirectory(mirror)) {
      System.out.println("StubsMatchApiTableTest: no MicroPython mirror at " + mirror
          + "; not re-deriving tools/esp32_api.json (set -Djmpy.micropython.mirror)");
      return;
    }
    Path out = Files.createTempFile("esp32_api", ".json");
    Process p = new ProcessBuilder("python3", "tools/derive_api.py", "--repo", mirror.toString(),
        "--out", out.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), log);
    assertEquals(Files.readString(TABLE), Files.readString(out),
        "tools/esp32_api.json is not what derive_api.py derives: run it again and commit");
  }
}
