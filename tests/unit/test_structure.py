"""NetDesk's shape: no import cycle among its modules; UI code that fits on a screen.

For cycles every import counts: at module level, under ``TYPE_CHECKING`` and inside functions (an
import deferred to first use still ties the two modules together). A package importing
its own submodules through ``__init__`` is not counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "netdesk"


def module_name(path: Path, root: Path = ROOT) -> str:
    name = ".".join(path.relative_to(root).with_suffix("").parts)
    return name.removesuffix(".__init__")


def imported(path: Path, name: str, known: set[str]) -> set[str]:
    """The NetDesk modules ``path`` (module ``name``) imports, anywhere in its body."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return {m for m in found if m in known} - {name}


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    paths = {module_name(p, package.parent): p for p in package.rglob("*.py")}
    known = set(paths)
    return {name: imported(path, name, known) for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    # A package and the submodules its __init__ gathers are one unit.
    return [g for g in found if not all(m.startswith(min(g, key=len)) for m in g)]


def test_the_checker_finds_a_cycle_through_any_kind_of_import(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import x\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import c\n"
    )
    (package / "c.py").write_text("def f():\n    from . import a\n")
    assert cycles(import_graph(package)) == [["pkg.a", "pkg.b", "pkg.c"]]
    (package / "c.py").write_text("def f():\n    return 1\n")
    assert cycles(import_graph(package)) == []


def test_netdesk_has_no_import_cycle():
    assert cycles(import_graph()) == []


def test_only_what_builds_the_window_imports_it():
    # Actions, flows and dialogs get a narrow view of the window (netdesk.ui.window_parts);
    # only what builds the window, or attaches to it at start-up, names it.
    graph = import_graph()
    builders = {"netdesk.app", "netdesk.selftest", "netdesk.ui.main_window"}
    builders |= {f"netdesk.ui.{m}" for m in ("startup", "open_files", "tray", "sync_ui")}
    users = sorted(m for m, deps in graph.items() if "netdesk.ui.main_window" in deps)
    assert [m for m in users if m not in builders] == []


def too_long(package: Path, function_lines: int = 80, module_lines: int = 500) -> list[str]:
    """Modules over ``module_lines`` lines and functions over ``function_lines``."""
    found = []
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > module_lines:
            found.append(f"{path.name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > function_lines:
                    found.append(f"{path.name}:{node.lineno} {node.name}: {length} lines")
    return found


def test_ui_functions_and_modules_fit_on_a_screen():
    assert too_long(PACKAGE / "ui") == []
