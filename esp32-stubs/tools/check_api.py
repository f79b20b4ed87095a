#!/usr/bin/env python3
"""Checks generated MicroPython modules against the ESP32 port's API table (esp32_api.json, made by
derive_api.py from MicroPython's own sources): unknown attributes of board modules and classes,
calls with the wrong number of positional arguments, and unknown or missing keywords.

    python3 check_api.py [--api esp32_api.json] PATH...

Each PATH is a .py file or a folder searched for .py files. Prints one line per problem,
`file:line:col: message`, and exits with status 1 if there is any.

What it can see: names of the board modules it covers (machine, network, esp32, time, gc,
micropython, errno, json, asyncio, ...) reached through `import m`, `import m as a` or
`from m import X`; constructor calls; and method calls and attribute reads on a value whose class
it knows: a variable, `self.x` attribute or module global assigned from a constructor call
(`led = machine.Pin(2, machine.Pin.OUT)`), in the same function, class or module. A value it
cannot type (a parameter, a function's result) is not checked: the Java stubs' own test checks
every stub method against the same table.
"""

import argparse
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


class Problem(Exception):
    pass


def check_signature(sig, call, what):
    """Problems of a call against a signature (None: nothing known)."""
    if sig is None:
        return []
    problems = []
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return []
    count = len(call.args)
    keywords = [k.arg for k in call.keywords]
    low, high = sig.get("min", 0), sig.get("max")
    params = sig.get("params") or []
    # A positional parameter given by keyword counts towards the positional minimum.
    by_name = [k for k in keywords if k in params[count:]]
    if count + len(by_name) < low:
        problems.append(f"{what} takes at least {low} positional argument{'s' if low != 1 else ''}, "
                        f"{count} given")
    if high is not None and count > high:
        problems.append(f"{what} takes at most {high} positional argument{'s' if high != 1 else ''}, "
                        f"{count} given")
    accepted = sig.get("keywords")
    if accepted is not None:
        for k in keywords:
            if k not in accepted:
                problems.append(f"{what} has no keyword argument '{k}'"
                                + (f" (it takes {', '.join(accepted)})" if accepted else " (it takes none)"))
    for k in sig.get("required_kw") or []:
        if k not in keywords:
            problems.append(f"{what} needs the keyword argument '{k}'")
    for index, name in enumerate(params):
        if index < count and name in keywords and name != "_":
            problems.append(f"{what} got '{name}' by position and by keyword")
    return problems


class ModuleChecker(ast.NodeVisitor):
    def __init__(self, api, path):
        self.api = api
        self.path = path
        self.problems = []
        self.modules = {}      # local name -> board module name
        self.classes = {}      # local name -> (module, class) imported by from-import
        self.globals = {}      # module-level variable -> (module, class)
        self.scopes = []       # stack of {name: (module, class) or None}
        self.class_attrs = {}  # class name -> {attr: (module, class)}
        self.current_class = None

    # ---------------------------------------------------------------- reporting

    def report(self, node, message):
        self.problems.append(f"{self.path}:{node.lineno}:{node.col_offset + 1}: {message}")

    # ---------------------------------------------------------------- lookups

    def module_of(self, node):
        """The board module a Name node stands for, or None."""
        if isinstance(node, ast.Name) and node.id in self.modules and not self.shadowed(node.id):
            return self.modules[node.id]
        return None

    def shadowed(self, name):
        return any(name in scope for scope in self.scopes)

    def class_of_reference(self, node):
        """(module, class) when node names a board class: machine.Pin, or Pin from-imported."""
        if isinstance(node, ast.Attribute):
            module = self.module_of(node.value)
            if module and node.attr in self.api[module]["classes"]:
                return module, node.attr
        if isinstance(node, ast.Name) and node.id in self.classes and not self.shadowed(node.id):
            return self.classes[node.id]
        return None

    def type_of(self, node):
        """(module, class) of the value of an expression, when known."""
        if isinstance(node, ast.Call):
            return self.class_of_reference(node.func)
        if isinstance(node, ast.Name):
            for scope in reversed(self.scopes):
                if node.id in scope:
                    return scope[node.id]
            return self.globals.get(node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "self" and self.current_class:
            return self.class_attrs.get(self.current_class, {}).get(node.attr)
        return None

    def class_table(self, module, name):
        return self.api[module]["classes"][name]

    def member(self, module, cls, attr):
        """The method signature (or True for a constant or nested class) of cls.attr, else None."""
        seen = set()
        while cls and (module, cls) not in seen:
            seen.add((module, cls))
            table = self.class_table(module, cls)
            if attr in table["methods"]:
                return ("method", table["methods"][attr])
            if attr in table["constants"] or attr in table["classes"]:
                return ("value", None)
            cls = table.get("parent")
        return None

    # ---------------------------------------------------------------- imports

    def visit_Import(self, node):
        for alias in node.names:
            name = alias.name
            if name == "uasyncio":
                name = "asyncio"
            if name in self.api:
                self.modules[alias.asname or alias.name.split(".")[0]] = name
            elif name.split(".")[0] in self.api and alias.asname is None:
                self.modules[name.split(".")[0]] = name.split(".")[0]

    def visit_ImportFrom(self, node):
        module = "asyncio" if node.module == "uasyncio" else node.module
        if module not in self.api or node.level:
            return
        table = self.api[module]
        for alias in node.names:
            if alias.name == "*":
                continue
            if alias.name in table["classes"]:
                self.classes[alias.asname or alias.name] = (module, alias.name)
            elif alias.name not in table["functions"] and alias.name not in table["constants"]:
                self.report(node, f"module '{module}' has no attribute '{alias.name}'")

    # ---------------------------------------------------------------- typing pass

    def collect_types(self, tree):
        """Module globals and self attributes assigned from board constructors."""
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self.visit(node)
        self.scopes.append({})
        for node in tree.body:
            if isinstance(node, ast.Assign):
                self.assign_types(node.targets, node.value, self.globals)
        for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
            attrs = self.class_attrs.setdefault(cls.name, {})
            for node in ast.walk(cls):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                                and target.value.id == "self":
                            self.merge(attrs, target.attr, self.class_of_reference(node.value.func)
                                       if isinstance(node.value, ast.Call) else None)
        self.scopes.pop()

    @staticmethod
    def merge(table, name, value):
        if name in table and table[name] != value:
            table[name] = None  # assigned different things: unknown
        else:
            table[name] = value

    def assign_types(self, targets, value, table):
        value_type = self.type_of(value)
        for target in targets:
            if isinstance(target, ast.Name):
                self.merge(table, target.id, value_type)

    # ---------------------------------------------------------------- checking pass

    def visit_ClassDef(self, node):
        outer = self.current_class
        self.current_class = node.name
        self.generic_visit(node)
        self.current_class = outer

    def visit_FunctionDef(self, node):
        scope = {}
        for arg in node.args.posonlyargs + node.args.args + node.args.kwonlyargs:
            scope[arg.arg] = None
        if node.args.vararg:
            scope[node.args.vararg.arg] = None
        if node.args.kwarg:
            scope[node.args.kwarg.arg] = None
        self.scopes.append(scope)
        for inner in ast.walk(node):
            if isinstance(inner, ast.Assign):
                for target in inner.targets:
                    if isinstance(target, ast.Name):
                        self.merge(scope, target.id, None)
            elif isinstance(inner, (ast.For, ast.comprehension)) and isinstance(inner.target, ast.Name):
                scope[inner.target.id] = None
            elif isinstance(inner, ast.ExceptHandler) and inner.name:
                scope[inner.name] = None
            elif isinstance(inner, ast.NamedExpr):
                scope[inner.target.id] = None
        for inner in ast.walk(node):
            if isinstance(inner, ast.Assign):
                types = {}
                self.assign_types(inner.targets, inner.value, types)
                for name, value in types.items():
                    if value is not None and scope.get(name, "unset") in (None, "unset", value):
                        if all(self.assigned_only_from(node, name, value)):
                            scope[name] = value
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def assigned_only_from(self, function, name, value):
        for inner in ast.walk(function):
            if isinstance(inner, ast.Assign):
                for target in inner.targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        yield self.type_of(inner.value) == value

    def visit_Lambda(self, node):
        scope = {arg.arg: None for arg in node.args.args}
        self.scopes.append(scope)
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute):
            module = self.module_of(func.value)
            if module:
                table = self.api[module]
                if func.attr in table["functions"]:
                    for p in check_signature(table["functions"][func.attr], node, f"{module}.{func.attr}()"):
                        self.report(node, p)
                elif func.attr in table["classes"]:
                    sig = table["classes"][func.attr].get("constructor")
                    for p in check_signature(sig, node, f"{module}.{func.attr}()"):
                        self.report(node, p)
                # unknown names are reported by visit_Attribute
            else:
                cls = self.class_of_reference(func.value)
                owner = cls or self.type_of(func.value)
                if owner:
                    found = self.member(owner[0], owner[1], func.attr)
                    if found and found[0] == "method":
                        for p in check_signature(found[1], node, f"{owner[0]}.{owner[1]}.{func.attr}()"):
                            self.report(node, p)
        elif isinstance(func, ast.Name) and func.id in self.classes and not self.shadowed(func.id):
            module, cls = self.classes[func.id]
            sig = self.api[module]["classes"][cls].get("constructor")
            for p in check_signature(sig, node, f"{module}.{cls}()"):
                self.report(node, p)
        self.generic_visit(node)

    def visit_Attribute(self, node):
        module = self.module_of(node.value)
        if module:
            table = self.api[module]
            if node.attr not in table["functions"] and node.attr not in table["constants"] \
                    and node.attr not in table["classes"] and not node.attr.startswith("__"):
                self.report(node, f"module '{module}' has no attribute '{node.attr}'")
        else:
            cls = self.class_of_reference(node.value)
            owner = cls or self.type_of(node.value)
            if owner and not node.attr.startswith("__") and not isinstance(node.ctx, ast.Store):
                if self.member(owner[0], owner[1], node.attr) is None:
                    kind = "class" if cls else "object"
                    self.report(node, f"{kind} '{owner[0]}.{owner[1]}' has no attribute '{node.attr}'")
        self.generic_visit(node)


def check_file(api, path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return [f"{path}:{e.lineno}:{e.offset}: syntax error: {e.msg}"]
    checker = ModuleChecker(api, path)
    checker.collect_types(tree)
    for node in tree.body:
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            checker.visit(node)
    return checker.problems


def python_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api", default=os.path.join(HERE, "esp32_api.json"))
    parser.add_argument("paths", nargs="+")
    options = parser.parse_args()
    with open(options.api, encoding="utf-8") as f:
        api = json.load(f)["modules"]
    problems = []
    checked = 0
    for path in python_files(options.paths):
        checked += 1
        problems.extend(check_file(api, path))
    for problem in problems:
        print(problem)
    print(f"check_api: {checked} module{'s' if checked != 1 else ''} checked, "
          f"{len(problems)} problem{'s' if len(problems) != 1 else ''}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
