package dev.jmpy.processor.library;

import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.analysis.JavaTypes;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The JDK classes the translation of the Java language itself needs by name (for-each needs
 * Iterable, try-with-resources AutoCloseable, ...). JDK methods are translated only through
 * {@link LibraryRegistry}; the names of JDK classes live here and in the rows, nowhere else.
 */
public final class Jdk {
  public static final String OBJECT = "java.lang.Object";
  public static final String STRING = "java.lang.String";
  public static final String STRING_BUILDER = "java.lang.StringBuilder";
  /** StringBuffer: a StringBuilder whose methods are synchronized, which one board thread does not need. */
  public static final String STRING_BUFFER = "java.lang.StringBuffer";
  public static final String CHAR_SEQUENCE = "java.lang.CharSequence";
  public static final String BIG_INTEGER = "java.math.BigInteger";
  public static final String ENUM_SET = "java.util.EnumSet";
  public static final String ITERABLE = "java.lang.Iterable";
  public static final String ITERATOR = "java.util.Iterator";
  public static final String BOOLEAN = "java.lang.Boolean";
  public static final String AUTO_CLOSEABLE = "java.lang.AutoCloseable";
  public static final String COMPARABLE = "java.lang.Comparable";
  public static final String NUMBER = "java.lang.Number";
  public static final String CHARACTER = "java.lang.Character";
  public static final String FLOAT = "java.lang.Float";
  public static final String DOUBLE = "java.lang.Double";
  public static final String SERIALIZABLE = "java.io.Serializable";
  public static final String THROWABLE = "java.lang.Throwable";
  public static final String EXCEPTION = "java.lang.Exception";
  public static final String RUNTIME_EXCEPTION = "java.lang.RuntimeException";
  public static final String ERROR = "java.lang.Error";
  public static final String FUNCTIONAL_INTERFACE = "java.lang.FunctionalInterface";
  public static final String COLLECTION = "java.util.Collection";
  public static final String LIST = "java.util.List";
  public static final String SET = "java.util.Set";
  public static final String QUEUE = "java.util.Queue";
  public static final String MAP = "java.util.Map";
  public static final String MAP_ENTRY = "java.util.Map.Entry";
  public static final String HASH_MAP = "java.util.HashMap";
  public static final String COMPARATOR = "java.util.Comparator";

  /**
   * JDK classes whose translated values {@code str()} prints as Java prints them: the helper
   * classes with Java's {@code toString} as {@code __str__}, and ByteOrder, whose constants are
   * their names.
   */
  public static final java.util.Set<String> JAVA_TEXT = java.util.Set.of("java.nio.ByteBuffer", "java.nio.Buffer",
      "java.nio.ByteOrder", "java.io.ByteArrayOutputStream", "java.util.StringJoiner");

  private Jdk() {}

  /** Whether {@code type} is part of the JDK (its methods come from the library rows). */
  /** JDK classes whose methods are effects or read the world (output, clocks, randomness). */
  private static final java.util.Set<String> EFFECT_CLASSES = java.util.Set.of("java.lang.System",
      "java.io.PrintStream", "java.util.Random", "java.lang.Runtime", "java.lang.Thread",
      "java.util.concurrent.ThreadLocalRandom");

  /**
   * Whether calling {@code method} of {@code owner} (or creating one, for a null method) does
   * something a program can see happen or depends on when it runs: printing, a clock, randomness.
   */
  public static boolean isObservableEffect(TypeElement owner, String method) {
    String name = owner.getQualifiedName().toString();
    return EFFECT_CLASSES.contains(name)
        || (name.equals("java.lang.Math") && "random".equals(method));
  }

  public static boolean isJdk(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
  }

  public static boolean isString(TypeMirror type) {
    return JavaTypes.isClass(type, STRING);
  }

  public static boolean isObject(TypeElement type) {
    return type.getQualifiedName().contentEquals(OBJECT);
  }

  /**
   * Whether values of {@code type} are Python functions: the JDK's functional interfaces and the
   * stubs' ({@code @FunctionalInterface} in a stub module). Your own interfaces are objects with
   * methods, lambdas for them included (see LambdaTranslator).
   */
  public static boolean isFunctionType(TypeElement type) {
    if (JavaTypes.functionalMethod(type).isEmpty()
        || dev.jmpy.processor.types.Stubs.isYours(type)) {
      return false;
    }
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.util.function.") || name.equals("java.lang.Runnable")
        || name.equals(COMPARATOR)
        || type.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString()
            .equals(FUNCTIONAL_INTERFACE));
  }

  /** Integer, Long, Short, Byte, Character, Double, Float or Number: ints and floats in Python. */
  public static boolean isNumericBox(TypeElement type) {
    return java.util.Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
        "java.lang.Byte", "java.lang.Character", "java.lang.Double", "java.lang.Float",
        "java.lang.Number").contains(type.getQualifiedName().toString());
  }

  /** Lengths and sizes are non-negative ints; indexOf may also be -1 (for {@link IntRanges}). */
  public static IntRanges.Range resultRange(ExecutableElement m) {
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    String name = m.getSimpleName().toString();
    boolean collection = owner.startsWith("java.util.") || owner.equals(STRING)
        || owner.equals(STRING_BUILDER) || owner.equals(STRING_BUFFER)
        || owner.equals("java.lang.AbstractStringBuilder");
    if (collection && (name.equals("length") || name.equals("size"))) {
      return new IntRanges.Range(0, Integer.MAX_VALUE);
    }
    if (collection && (name.equals("indexOf") || name.equals("lastIndexOf"))) {
      return new IntRanges.Range(-1, Integer.MAX_VALUE);
    }
    return null;
  }

  /** Methods of String and the JDK's toString/valueOf/to... never return null. */
  public static boolean neverReturnsNull(ExecutableElement m) {
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    String name = m.getSimpleName().toString();
    return owner.equals(STRING)
        || owner.equals("java.lang.Class") && (name.equals("getSimpleName") || name.equals("getName"))
        || ((owner.startsWith("java.lang.") || owner.equals("java.util.Arrays"))
            && (name.equals("toString") || name.equals("valueOf") || name.startsWith("to")
                || name.equals("deepToString")));
  }

  /** Whether {@code m} is {@code String.name}. */
  public static boolean isStringMethod(ExecutableElement m, String name) {
    return ((TypeElement) m.getEnclosingElement()).getQualifiedName().contentEquals(STRING)
        && m.getSimpleName().contentEquals(name);
  }
}
