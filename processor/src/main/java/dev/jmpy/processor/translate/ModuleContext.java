package dev.jmpy.processor.translate;

import dev.jmpy.processor.types.Stubs;
import javax.lang.model.element.TypeElement;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.python.PyStmt;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * What the translation of one module has gathered so far: the imports and helpers it needs, and
 * the names it defines (so locals and import aliases can avoid them).
 */
final class ModuleContext {
  private final TypeElement type;
  private final ClassNames names;
  private final String asyncioModule;
  private final Map<String, PyStmt> imports;
  private final Set<Helper> helpers;
  /** User modules this one needs while it is imported (bases, static initializers). */
  private final Set<PyStmt> definitionTimeImports;
  private boolean definitionTime;
  private final Set<String> moduleLevelNames;
  private final Set<String> localNames;
  private final boolean wrapIntegers;
  private final boolean doublePrecision;
  /** The module's inner, local and anonymous classes (shared by all its classes' contexts). */
  private final InnerClasses innerClasses;
  /** Python statement to Java line, for the line map (one table per module). */
  private final dev.jmpy.processor.python.LineOrigins lineOrigins;

  /**
   * @param localNames the Python names locals of this module may get; an import alias avoids them,
   *     since a local of the same name would hide the module in the whole function
   */
  ModuleContext(TypeElement type, String asyncioModule, Set<String> localNames,
      boolean wrapIntegers, boolean doublePrecision, InnerClasses innerClasses) {
    this.wrapIntegers = wrapIntegers;
    this.doublePrecision = doublePrecision;
    this.innerClasses = innerClasses;
    this.type = type;
    this.names = ClassNames.of(type);
    this.asyncioModule = asyncioModule;
    this.moduleLevelNames = names.moduleLevelNames();
    this.localNames = localNames;
    this.imports = new LinkedHashMap<>();
    this.helpers = new LinkedHashSet<>();
    this.definitionTimeImports = new LinkedHashSet<>();
    this.lineOrigins = new dev.jmpy.processor.python.LineOrigins();
  }

  private ModuleContext(ModuleContext outer, TypeElement nested, ClassNames names) {
    this.wrapIntegers = outer.wrapIntegers;
    this.doublePrecision = outer.doublePrecision;
    this.innerClasses = outer.innerClasses;
    this.type = nested;
    this.names = names;
    this.asyncioModule = outer.asyncioModule;
    this.moduleLevelNames = new java.util.HashSet<>(outer.moduleLevelNames);
    this.moduleLevelNames.add(names.className());
    this.localNames = outer.localNames;
    this.imports = outer.imports; // one module: one set of imports and helpers
    this.helpers = outer.helpers;
    this.definitionTimeImports = outer.definitionTimeImports;
    this.lineOrigins = outer.lineOrigins;
  }

  /**
   * Runs {@code translation} of code that runs while the module is imported (a base class, a
   * static field's initializer, a static block, enum constants): the user modules it uses must be
   * imported first, at the top.
   */
  <T> T atDefinitionTime(java.util.function.Supplier<T> translation) {
    boolean before = definitionTime;
    definitionTime = true;
    try {
      return translation.get();
    } finally {
      definitionTime = before;
    }
  }

  /** Whether the code being translated runs while the module is imported. */
  boolean isDefinitionTime() {
    return definitionTime;
  }

  /** The context of a nested class, written into the same module. */
  ModuleContext nested(TypeElement nested) {
    return new ModuleContext(this, nested, ClassNames.of(nested));
  }

  /** The context of a local or anonymous class, a module-level class named {@code pythonName}. */
  ModuleContext local(TypeElement local, String pythonName) {
    return new ModuleContext(this, local, ClassNames.ofLocal(local, pythonName));
  }

  dev.jmpy.processor.python.LineOrigins lineOrigins() {
    return lineOrigins;
  }

  InnerClasses innerClasses() {
    return innerClasses;
  }

  /** Whether {@code owner}'s static members are module-level names of this module. */
  boolean isThisModule(TypeElement owner) {
    return ClassNames.topLevel(owner).equals(ClassNames.topLevel(type));
  }

  TypeElement type() {
    return type;
  }

  ClassNames names() {
    return names;
  }

  /** Whether the board's floats are double precision ({@code -Ajmpy.floatPrecision=double}). */
  boolean doublePrecision() {
    return doublePrecision;
  }

  /** Whether int/long arithmetic that may overflow is wrapped as Java does (the default). */
  boolean wrapIntegers() {
    return wrapIntegers;
  }

  /**
   * Whether {@code name} is a function, variable or class this module defines (a nested class's
   * statics and its local and anonymous classes included).
   */
  boolean definesClassOrStatic(String name) {
    return moduleLevelNames.contains(name) || innerClasses.definesName(name);
  }

  /** Whether a local named {@code name} would shadow a name of this module. */
  boolean definesModuleLevel(String name) {
    return moduleLevelNames.contains(name) || imports.containsKey(name)
        || innerClasses.definesName(name);
  }

  /**
   * A reference to the stub module {@code pyModule} ({@code asyncio}, {@code machine}, ...), adding
   * its import. {@code asyncio} may be imported from {@code uasyncio} for old firmware.
   */
  PyExpr stubModule(String pyModule) {
    String key = "stub " + pyModule;
    PyStmt existing = imports.get(key);
    if (existing != null) {
      return new PyExpr.Name(aliasOf(existing, pyModule.replace('.', '_')));
    }
    String alias = pyModule.replace('.', '_');
    // A static field time beside @PyModule("time") would hide the import: alias it instead.
    while (moduleLevelNames.contains(alias) || imports.containsKey(alias)
        || localNames.contains(alias) || innerClasses.definesName(alias)) {
      alias = "_" + alias;
    }
    PyStmt stmt;
    if (pyModule.equals("asyncio") && !asyncioModule.equals("asyncio")) {
      stmt = new PyStmt.Import(asyncioModule, alias);
    } else if (pyModule.contains(".") || !alias.equals(pyModule)) {
      stmt = new PyStmt.Import(pyModule, alias);
    } else {
      stmt = new PyStmt.Import(pyModule, null);
    }
    imports.put(key, stmt);
    imports.put(alias, stmt);
    return new PyExpr.Name(alias);
  }

  /**
   * MicroPython's {@code array.array}, the class of Java's primitive arrays: {@code from array
   * import array}, or {@code ... as _jarray} when a local or a module-level name is {@code array}.
   */
  PyExpr arrayClass() {
    String key = "from array import array";
    PyStmt existing = imports.get(key);
    if (existing == null) {
      boolean clash = moduleLevelNames.contains("array") || localNames.contains("array")
          || innerClasses.definesName("array");
      existing = new PyStmt.ImportFrom("array", "array", clash ? "_jarray" : null);
      imports.put(key, existing);
      imports.put(clash ? "_jarray" : "array", existing);
    }
    String alias = ((PyStmt.ImportFrom) existing).alias();
    return new PyExpr.Name(alias == null ? "array" : alias);
  }

  /**
   * The Python class a stub type stands for: {@code machine.Pin} (importing the module), or a
   * builtin by its bare name ({@code OSError}).
   */
  PyExpr stubClass(TypeElement stub, String pyModule) {
    String name = Stubs.pyClassName(stub);
    if (pyModule.equals(Stubs.BUILTINS)) {
      return new PyExpr.Name(name);
    }
    return new PyExpr.Attribute(stubModule(pyModule), name);
  }

  /**
   * A static member {@code name} of a stub type: module-level for a type that stands for its
   * module ({@code machine.reset_cause}), else an attribute of the class it stands for
   * ({@code machine.Pin.OUT}).
   */
  PyExpr stubStatic(TypeElement stub, String pyModule, String name) {
    if (Stubs.isModuleClass(stub)) {
      return new PyExpr.Attribute(stubModule(pyModule), name);
    }
    return new PyExpr.Attribute(stubClass(stub, pyModule), name);
  }

  /** A reference to the module of another translated class, adding its import. */
  PyExpr userModule(ClassNames other) {
    String alias = other.moduleName();
    String key = "module " + other.packageName() + "." + alias;
    PyStmt existing = imports.get(key);
    if (existing != null) {
      if (definitionTime) {
        definitionTimeImports.add(existing);
      }
      return new PyExpr.Name(aliasOf(existing, alias));
    }
    String name = alias;
    while (moduleLevelNames.contains(name) || imports.containsKey(name)
        || localNames.contains(name) || innerClasses.definesName(name)) {
      name = "_" + name;
    }
    PyStmt stmt;
    if (other.packageName().isEmpty()) {
      stmt = new PyStmt.Import(alias, name.equals(alias) ? null : name);
    } else if (name.equals(alias)) {
      stmt = new PyStmt.ImportFrom(other.packageName(), alias);
    } else {
      stmt = new PyStmt.Import(other.packageName() + "." + alias, name);
    }
    imports.put(key, stmt);
    imports.put(name, stmt);
    if (definitionTime) {
      definitionTimeImports.add(stmt);
    }
    return new PyExpr.Name(name);
  }

  private static String aliasOf(PyStmt stmt, String fallback) {
    if (stmt instanceof PyStmt.Import i) {
      return i.alias() != null ? i.alias() : i.module();
    }
    return fallback;
  }

  /** Uses a helper function, which the module will then define. */
  PyExpr helper(Helper helper) {
    for (Helper required : helper.requires()) {
      helper(required); // defined first: a class's base must exist when the class is
    }
    if (helper.shared()) {
      // imported, never defined here; Names reserves the name, so nothing in a module hides it
      imports.putIfAbsent(helper.pythonName(), new PyStmt.Import(helper.pythonName(), null));
      return new PyExpr.Name(helper.pythonName());
    }
    helpers.add(helper);
    return new PyExpr.Name(helper.pythonName());
  }

  /** The import statements: plain {@code import}s first, then {@code from} imports. */
  List<PyStmt> importStatements() {
    Set<PyStmt> unique = new LinkedHashSet<>(imports.values());
    unique.removeAll(lateImports());
    List<PyStmt> result = new ArrayList<>();
    unique.stream().filter(s -> s instanceof PyStmt.Import).forEach(result::add);
    unique.stream().filter(s -> !(s instanceof PyStmt.Import)).forEach(result::add);
    return result;
  }

  /**
   * User modules needed only when functions run: imported after this module's definitions, so
   * that two modules may import each other (as Java classes refer to each other) without one
   * finding the other half-defined.
   */
  List<PyStmt> lateImports() {
    List<PyStmt> late = new ArrayList<>();
    for (Map.Entry<String, PyStmt> e : imports.entrySet()) {
      if (e.getKey().startsWith("module ") && !definitionTimeImports.contains(e.getValue())
          && !late.contains(e.getValue())) {
        late.add(e.getValue());
      }
    }
    return late;
  }

  /** The helpers' definitions. */
  List<PyStmt> helperDefinitions() {
    List<PyStmt> result = new ArrayList<>();
    for (Helper helper : helpers) {
      result.addAll(helper.definition());
    }
    return result;
  }
}
