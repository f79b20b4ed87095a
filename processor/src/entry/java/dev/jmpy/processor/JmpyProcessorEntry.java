package dev.jmpy.processor;

import com.google.auto.service.AutoService;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The processor javac finds in {@code META-INF/services}: on JDK 21 or newer it hands every call to
 * {@code JmpyProcessor}; on an older JDK it reports one error that says how to fix the build.
 *
 * <p>This class alone is compiled for Java 8 (the processor's {@code src/entry/java}, a compiler
 * execution of its own), so that any javac can load it: the rest of the processor is compiled for
 * Java 21, and an older javac loading it directly fails with "class file version 65.0" or "Bad
 * service configuration file", which says nothing about the fix. So it names {@code JmpyProcessor}
 * only as a string, and loads it only on a JDK that can.
 */
@AutoService(Processor.class)
public final class JmpyProcessorEntry implements Processor {
  /** The oldest JDK the processor runs on (and the oldest {@code --release} it translates). */
  static final int REQUIRED_JDK = 21;

  static final String OLD_JDK = "[JMPY006] jmpy needs JDK " + REQUIRED_JDK
      + " or newer, and javac runs on JDK %s: set JAVA_HOME to a JDK " + REQUIRED_JDK
      + "+ (for example Temurin " + REQUIRED_JDK + ") and build again";

  static final String OLD_RELEASE = "[JMPY006] jmpy needs Java " + REQUIRED_JDK
      + " or newer, and this compilation is for Java %s: compile with --release " + REQUIRED_JDK
      + " (Maven: <maven.compiler.release>" + REQUIRED_JDK + "</maven.compiler.release>)";

  private static final String REAL_PROCESSOR = "dev.jmpy.processor.JmpyProcessor";

  /** The real processor, or null when javac runs on a JDK too old to load it. */
  private final Processor delegate;
  private final int jdk;
  /** False until the real processor is initialised: also when the release is too old. */
  private boolean delegating;

  public JmpyProcessorEntry() {
    this(featureVersion(System.getProperty("java.specification.version")));
  }

  JmpyProcessorEntry(int jdk) {
    this.jdk = jdk;
    this.delegate = jdk >= REQUIRED_JDK ? loadRealProcessor() : null;
  }

  /** "1.8" is 8, "17" is 17 (Runtime.version() is not in Java 8's API). */
  static int featureVersion(String specificationVersion) {
    String v = specificationVersion == null ? "0" : specificationVersion.trim();
    if (v.startsWith("1.")) {
      v = v.substring(2);
    }
    int dot = v.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
    } catch (NumberFormatException unknown) {
      return 0;
    }
  }

  private static Processor loadRealProcessor() {
    try {
      return (Processor) Class.forName(REAL_PROCESSOR, true, JmpyProcessorEntry.class.getClassLoader())
          .getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("jmpy's processor jar is incomplete: " + REAL_PROCESSOR, e);
    }
  }

  @Override
  public void init(ProcessingEnvironment env) {
    if (delegate == null) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR, String.format(OLD_JDK, jdk));
      return;
    }
    // SourceVersion.RELEASE_21 is not in Java 8's API; the constants are in release order.
    int release = env.getSourceVersion().ordinal();
    if (release < REQUIRED_JDK) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR, String.format(OLD_RELEASE, release));
      return;
    }
    delegate.init(env);
    delegating = true;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate == null ? Collections.<String>emptySet() : delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    if (delegate != null) {
      return delegate.getSupportedAnnotationTypes();
    }
    Set<String> types = new LinkedHashSet<String>();
    types.add("dev.jmpy.annotations.MicroPython");
    types.add("dev.jmpy.annotations.Coroutine");
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate == null ? SourceVersion.latestSupported() : delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegating && delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element,
      AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate == null
        ? Collections.<Completion>emptyList()
        : delegate.getCompletions(element, annotation, member, userText);
  }
}
