/**
 * The last step: the Python AST printed as source ({@link dev.jmpy.processor.emit.PythonPrinter}) and
 * written to the class output ({@link dev.jmpy.processor.emit.ModuleWriter}), plus {@code main.py}.
 */
package dev.jmpy.processor.emit;
