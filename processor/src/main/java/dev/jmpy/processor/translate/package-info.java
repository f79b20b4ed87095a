/**
 * The Java language (JavaParser's AST, typed by javac) to the Python AST: classes ({@link
 * dev.jmpy.processor.translate.ModuleTranslator}), statements, expressions, lambdas, switch,
 * inner classes. JDK calls go to the library rows through {@link
 * dev.jmpy.processor.translate.JavaCallSite}. Each construct translates exactly or is reported
 * with a coded message.
 */
package dev.jmpy.processor.translate;
