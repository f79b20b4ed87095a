package dev.jmpy.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.jmpy.processor.check.IntegerBoxes;
import dev.jmpy.processor.diag.Diagnostics;
import dev.jmpy.processor.diag.Message;
import dev.jmpy.processor.emit.ModuleWriter;
import dev.jmpy.processor.translate.ModuleTranslator;
import dev.jmpy.processor.types.Stubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * jmpy's annotation processor: translates {@code @MicroPython} classes, and classes with {@code
 * @Coroutine} methods, into MicroPython modules under {@code micropython/} in the class output.
 *
 * <p>Thin on purpose: it collects the classes in each round and hands them to a javac task listener
 * that translates each one once javac has attributed it, so the static type of every expression is
 * known. Its {@code -A} options are in {@link Options}. javac loads it through {@code
 * JmpyProcessorEntry} (META-INF/services), which first checks the JDK.
 */
public final class JmpyProcessor extends AbstractProcessor {
  private TranslationListener listener;
  private Diagnostics diagnostics;
  private boolean optionsRejected;
  /** Every class of the compilation, to look for unresolved types when processing is over. */
  private final List<Element> roots = new ArrayList<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Stubs.MICRO_PYTHON, Stubs.COROUTINE, Stubs.PY_NAME);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.ALL;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Trees trees;
    JavacTask task;
    try {
      trees = Trees.instance(env);
      task = JavacTask.instance(env);
    } catch (IllegalArgumentException | NoClassDefFoundError notJavac) {
      diagnostics = new Diagnostics(env.getMessager(), null);
      return;
    }
    diagnostics = new Diagnostics(env.getMessager(), trees);
    Optional<Options> valid = Options.from(env.getOptions(), diagnostics);
    if (valid.isEmpty()) {
      optionsRejected = true; // reported; nothing is translated with options the user did not mean
      return;
    }
    Options options = valid.get();
    IntegerBoxes boxes = new IntegerBoxes(env.getFiler(), env.getElementUtils());
    listener = new TranslationListener(trees, diagnostics,
        new ModuleTranslator(diagnostics, trees, env.getTypeUtils(), env.getElementUtils(),
            options.asyncioModule(), options.wrapIntegers(), options.doublePrecision(), boxes),
        new ModuleWriter(env.getFiler(), diagnostics),
        options, new BuildMarker(env.getFiler(), diagnostics),
        new ModuleIndex(env.getFiler(), env.getElementUtils(), diagnostics), boxes);
    task.addTaskListener(listener);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (annotation.getQualifiedName().contentEquals(Stubs.PY_NAME)) {
          PyNameValues.check(element, diagnostics);
          continue;
        }
        TypeElement type = topLevel(element);
        if (type == null || Stubs.pyModule(type).isPresent()) {
          continue; // a stub declares an existing MicroPython module; nothing to write
        }
        if (listener == null) {
          if (!optionsRejected) {
            diagnostics.report(type, Message.NOT_JAVAC, type.getQualifiedName());
          }
        } else {
          listener.schedule(type);
        }
      }
    }
    if (listener != null) {
      round.getRootElements().forEach(roots::add);
      if (round.processingOver()) {
        listener.expectJavacErrors(round.errorRaised() || UnresolvedTypes.anyIn(roots));
      }
    }
    return false;
  }

  private static TypeElement topLevel(Element element) {
    Element e = element;
    while (e != null && !(e.getEnclosingElement() != null
        && e.getEnclosingElement().getKind() == ElementKind.PACKAGE)) {
      e = e.getEnclosingElement();
    }
    return e instanceof TypeElement type ? type : null;
  }
}
