package dev.jmpy.processor.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.sun.source.tree.CompilationUnitTree;
import javax.lang.model.element.TypeElement;

/**
 * One top-level class being translated: javac's attributed compilation unit, the same text parsed
 * by JavaParser, and the index that maps JavaParser nodes to javac trees (for types, symbols and
 * diagnostic positions).
 *
 * @param element the top-level class
 * @param javacUnit javac's compilation unit, attributed
 * @param parsed JavaParser's compilation unit of the same text
 * @param declaration the class's declaration in {@code parsed}
 * @param index JavaParser node to javac tree
 */
public record SourceUnit(
    TypeElement element,
    CompilationUnitTree javacUnit,
    CompilationUnit parsed,
    TypeDeclaration<?> declaration,
    JavacIndex index) {}
