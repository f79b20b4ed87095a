/**
 * The small Python AST the translator produces and the lowering passes rewrite: statements ({@link
 * dev.jmpy.processor.python.PyStmt}), expressions ({@link dev.jmpy.processor.python.PyExpr}) and a
 * module file. It models only what jmpy emits.
 */
package dev.jmpy.processor.python;
