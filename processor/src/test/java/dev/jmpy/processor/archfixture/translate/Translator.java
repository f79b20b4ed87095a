package dev.jmpy.processor.archfixture.translate;

/** The other half of ArchitectureTest's deliberate package cycle. */
public final class Translator {
  public Object rows() {
    return dev.jmpy.processor.archfixture.library.Rows.leak();
  }
}
