/**
 * Where the translator reads Java from: javac's attributed trees and JavaParser's AST of the same
 * text, tied together by {@link dev.jmpy.processor.source.JavacIndex}.
 */
package dev.jmpy.processor.source;
