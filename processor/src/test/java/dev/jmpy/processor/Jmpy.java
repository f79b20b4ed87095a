package dev.jmpy.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles sources with the real javac and jmpy's processor, and reads what it generated. */
final class Jmpy {
  private Jmpy() {}

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(List.of("--release", "21"));
    all.addAll(options);
    return javac().withProcessors(new JmpyProcessor()).withOptions(all).compile(sources);
  }

  /** The generated file {@code micropython/<path>}, if any. */
  static Optional<String> generated(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "micropython/" + path)
        .flatMap(Jmpy::read);
  }

  /** Every generated file under {@code micropython/}, by path below it. */
  static Map<String, String> allGenerated(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      int at = uri.indexOf("/micropython/");
      if (at >= 0 && uri.endsWith(".py")) {
        read(file).ifPresent(text -> files.put(uri.substring(at + "/micropython/".length()), text));
      }
    }
    return files;
  }

  /**
   * The file's text. compile-testing's in-memory file manager also lists files that were only
   * looked up (the processor looks for stale modules to delete); those have no content.
   */
  private static Optional<String> read(javax.tools.FileObject file) {
    try {
      return Optional.of(file.getCharContent(true).toString());
    } catch (java.io.FileNotFoundException lookedUpOnly) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
