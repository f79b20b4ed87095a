package dev.jmpy.processor.python;

import java.util.List;

/**
 * One generated MicroPython file.
 *
 * @param path the path below {@code micropython/}, e.g. {@code seed/seed_asyncio.py}
 * @param body the module's statements, imports first
 */
public record PyModuleFile(String path, List<PyStmt> body) {}
