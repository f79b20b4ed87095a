package dev.jmpy.processor.check;

import com.github.javaparser.ast.Node;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What a program does with Integer, Long, Short and Byte values seen as Object: on the board all
 * four are one Python {@code int}, so {@code o instanceof Integer} ({@code type(o) is int}) is exact
 * only if no Long, Short or Byte is ever seen as Object, Number, Comparable or a type variable in the
 * same program (and {@code instanceof Long} only if no Integer, Short or Byte is). Each class records
 * the boxes it lets be seen so ({@link ErasedValues}) and the ones it tests ({@link
 * IntegerBoxTests}); a test and a box of another kind are rejected (JMPY181) in whichever class
 * comes second, naming the other's line. Kept across compilations into one output folder in
 * {@code META-INF/jmpy/integer-boxes.index}, as {@code ModuleIndex} keeps module paths, so an IDE
 * that recompiles one class at a time sees the others' facts.
 */
public final class IntegerBoxes {
  public static final String PATH = "META-INF/jmpy/integer-boxes.index";

  /** The four boxes that are one Python int on the board, by Java's simple name. */
  enum Kind {
    INT("Integer", "int"), LONG("Long", "long"), SHORT("Short", "short"), BYTE("Byte", "byte");

    final String box;
    final String primitive;

    Kind(String box, String primitive) {
      this.box = box;
      this.primitive = primitive;
    }
  }

  /**
   * One fact: a {@code kind} seen as Object ({@code test} false) or tested for ({@code test}
   * true) in class {@code owner}, at {@code where} ({@code Foo.java:12:9}), {@code what} for a
   * message; {@code node} only for this compilation's current class.
   */
  record Fact(Kind kind, boolean test, String owner, String where, String what, Node node) {
    String line() {
      return kind.name() + '\t' + (test ? "test" : "seen") + '\t' + owner + '\t' + where + '\t'
          + what.replace('\t', ' ').replace('\n', ' ');
    }
  }

  private final Filer filer;
  private final Elements elements;
  private List<Fact> earlier;
  private final Set<String> compiling = new HashSet<>();
  private final Map<String, List<Fact>> current = new LinkedHashMap<>();
  private final List<Fact> pending = new ArrayList<>();

  public IntegerBoxes(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /** For tests and tools with no output folder: facts of one compilation only. */
  public static IntegerBoxes inMemory() {
    return new IntegerBoxes(null, null);
  }

  /** Records that {@code type} is compiled now: its facts from earlier compilations are void. */
  public void compiling(TypeElement type) {
    compiling.add(type.getQualifiedName().toString());
  }

  /** A box of the current class seen as Object (from {@link ErasedValues}). */
  void seen(Fact fact) {
    pending.add(fact);
  }

  /** The current class's boxes seen as Object, recorded so far; cleared by {@link #settle}. */
  List<Fact> pendingSeen() {
    return List.copyOf(pending);
  }

  /** The first fact of another class (this compilation's or an earlier one's) that clashes. */
  Optional<Fact> clashElsewhere(String owner, Kind kind, boolean test) {
    for (List<Fact> facts : current.values()) {
      for (Fact f : facts) {
        if (!f.owner().equals(owner) && f.test() != test && f.kind() != kind) {
          return Optional.of(f);
        }
      }
    }
    for (Fact f : earlier()) {
      if (!f.owner().equals(owner) && f.test() != test && f.kind() != kind) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Keeps the current class's facts (its tests and the boxes it lets be seen). */
  void settle(String owner, List<Fact> tests) {
    List<Fact> all = new ArrayList<>(pending);
    all.addAll(tests);
    pending.clear();
    current.put(owner, all);
  }

  /** Writes the index: this compilation's facts and the earlier ones of classes that remain. */
  public void write() {
    if (filer == null) {
      return;
    }
    Set<String> lines = new TreeSet<>();
    earlier().forEach(f -> lines.add(f.line()));
    current.values().forEach(facts -> facts.forEach(f -> lines.add(f.line())));
    if (lines.isEmpty() && !existed) {
      return;
    }
    StringBuilder text = new StringBuilder("# Written by jmpy: Integer, Long, Short and Byte values"
        + " seen as Object (seen) and tested for (test), by class (JMPY181).\n");
    lines.forEach(l -> text.append(l).append('\n'));
    try (Writer out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH).openWriter()) {
      out.write(text.toString());
    } catch (IOException | RuntimeException e) {
      // The index only carries facts to a later one-class compilation; a full build rebuilds it.
    }
  }

  private boolean existed;

  /** Facts of earlier compilations whose classes still exist and are not compiled now. */
  private List<Fact> earlier() {
    if (earlier == null) {
      earlier = new ArrayList<>();
      if (filer == null) {
        return earlier;
      }
      try {
        FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
        String text;
        try (Reader in = file.openReader(true)) {
          text = new String(readAll(in));
        }
        existed = true;
        for (String line : text.split("\n")) {
          String[] parts = line.split("\t", 5);
          if (line.startsWith("#") || parts.length != 5) {
            continue;
          }
          Kind kind;
          try {
            kind = Kind.valueOf(parts[0]);
          } catch (IllegalArgumentException unknown) {
            continue;
          }
          String owner = parts[2];
          if (!compiling.contains(owner) && elements.getTypeElement(owner) != null) {
            earlier.add(new Fact(kind, parts[1].equals("test"), owner, parts[3], parts[4], null));
          }
        }
      } catch (IOException | RuntimeException e) {
        // No index yet (a clean build), or a file manager without one: nothing compiled earlier.
      }
    }
    return earlier;
  }

  private static char[] readAll(Reader in) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      all.append(buffer, 0, n);
    }
    return all.toString().toCharArray();
  }
}
