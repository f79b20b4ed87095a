package dev.jmpy.processor.python;

import java.util.Set;

/**
 * What the module's line map is made from, besides the printed module.
 *
 * @param javaFile the Java source, relative to its source root, e.g. {@code garden/PlantApp.java}
 * @param origins each translated statement's Java origin
 * @param helpers the module's top-level helper definitions (jmpy's own functions, no Java line)
 */
public record LineMapSource(String javaFile, LineOrigins origins, Set<PyStmt> helpers) {}
