/**
 * Java (JavaParser's AST, typed by javac) to the Python AST: classes ({@link
 * dev.jmpy.processor.translate.ModuleTranslator}), statements, expressions, calls, and the library
 * table. Each construct translates exactly or is reported with a coded message.
 */
package dev.jmpy.processor.translate;
