"""Prints, for each Python file given, the names its code uses without defining them at module
level (builtins, other helpers), found by CPython's own symbol tables: "<file> <name> <name>..."."""
import symtable
import sys


def free_names(source):
    top = symtable.symtable(source, "helper", "exec")
    defined = {s.get_name() for s in top.get_symbols()
               if s.is_assigned() or s.is_imported() or s.is_namespace()}
    used = set()

    def walk(table):
        for symbol in table.get_symbols():
            if symbol.is_referenced() and (table is top or symbol.is_global()):
                used.add(symbol.get_name())
        for child in table.get_children():
            walk(child)

    walk(top)
    return sorted(used - defined)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        print(path.replace("\\", "/").rsplit("/", 1)[-1], " ".join(free_names(f.read())))
