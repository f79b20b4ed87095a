package dev.jmpy.corpus;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which top-level types of a source tree the measurement translates, and the annotated copy of the
 * tree it compiles.
 *
 * <p>A file is <em>plain JDK</em> when every import names something in {@code java.*}
 * ({@code javax.*}, other packages of the corpus and libraries all disqualify it). Each top-level type
 * of a plain-JDK file under one of the chosen packages (their subpackages included) is selected.
 */
final class CorpusSelection {
  static final String ANNOTATION = "dev.jmpy.annotations.MicroPython";

  /** One top-level type: its qualified name, its file relative to the source root, its line range. */
  record CorpusType(String qualifiedName, Path file, int beginLine, int endLine) {
    String simpleName() {
      return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
  }

  /** One scanned file: its types, and the imports that keep it out (empty when it is plain JDK). */
  record CorpusFile(Path file, List<CorpusType> types, List<String> foreignImports, String parseProblem) {
    boolean plain() {
      return parseProblem == null && foreignImports.isEmpty();
    }
  }

  private CorpusSelection() {}

  /** Scans every {@code .java} file under {@code sourceRoot/<package dir>} for each package dir. */
  static List<CorpusFile> scan(Path sourceRoot, List<String> packageDirs) {
    List<CorpusFile> files = new ArrayList<>();
    for (String packageDir : packageDirs) {
      Path dir = sourceRoot.resolve(packageDir);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          files.add(scanFile(sourceRoot, sourceRoot.relativize(file)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  static CorpusFile scanFile(Path sourceRoot, Path relative) {
    ParseResult<CompilationUnit> parse = parser().parse(read(sourceRoot.resolve(relative)));
    if (!parse.isSuccessful() || parse.getResult().isEmpty()) {
      return new CorpusFile(relative, List.of(), List.of(), parse.getProblems().toString());
    }
    CompilationUnit unit = parse.getResult().get();
    String packagePrefix = unit.getPackageDeclaration()
        .map(p -> p.getNameAsString() + ".").orElse("");
    List<String> foreign = unit.getImports().stream()
        .map(CorpusSelection::importedName)
        .filter(name -> !name.startsWith("java."))
        .toList();
    List<CorpusType> types = new ArrayList<>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      types.add(new CorpusType(packagePrefix + type.getNameAsString(), relative,
          type.getBegin().map(p -> p.line).orElse(1), type.getEnd().map(p -> p.line).orElse(Integer.MAX_VALUE)));
    }
    return new CorpusFile(relative, types, foreign, null);
  }

  private static String importedName(ImportDeclaration declaration) {
    return declaration.getNameAsString() + (declaration.isAsterisk() ? ".*" : "");
  }

  /**
   * The source annotated: {@code @MicroPython} before each top-level type, and its import at the end
   * of the package line, so that every line keeps its number (only the columns of a declaration's
   * own line move, by the annotation's length).
   */
  static String annotate(String source) {
    ParseResult<CompilationUnit> parse = parser().parse(source);
    CompilationUnit unit = parse.getResult().orElseThrow(
        () -> new IllegalArgumentException("cannot parse: " + parse.getProblems()));
    List<Insertion> insertions = new ArrayList<>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      insertions.add(new Insertion(type.getBegin().orElseThrow(), "@" + simpleAnnotation() + " "));
    }
    String importText = "import " + ANNOTATION + ";";
    if (unit.getPackageDeclaration().isPresent()) {
      Position end = unit.getPackageDeclaration().get().getEnd().orElseThrow();
      insertions.add(new Insertion(new Position(end.line, end.column + 1), " " + importText));
    } else {
      insertions.add(new Insertion(new Position(1, 1), importText + " "));
    }
    List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
    insertions.sort(Comparator.comparing((Insertion i) -> i.at().line)
        .thenComparing(i -> i.at().column).reversed());
    for (Insertion insertion : insertions) {
      int index = insertion.at().line - 1;
      String line = lines.get(index);
      int column = Math.min(insertion.at().column - 1, line.length());
      lines.set(index, line.substring(0, column) + insertion.text() + line.substring(column));
    }
    return String.join("\n", lines);
  }

  private static String simpleAnnotation() {
    return ANNOTATION.substring(ANNOTATION.lastIndexOf('.') + 1);
  }

  private record Insertion(Position at, String text) {}

  private static JavaParser parser() {
    // JavaParser counts a tab as one column, as javac does.
    return new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
        .setTabSize(1));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
