package dev.jmpy.processor.archfixture.library;

/** A deliberately wrong layering for ArchitectureTest: library code reaching into translate. */
public final class Rows {
  public static Object leak() {
    return new dev.jmpy.processor.archfixture.translate.Translator();
  }
}
