"""Import rules import-linter cannot express: what may be imported at module level."""

import ast
from pathlib import Path

import personabuilder

PACKAGE = Path(personabuilder.__file__).parent
HEAVY_AT_START = {"weasyprint", "matplotlib.pyplot"}


def _imports(tree: ast.AST, *, top_level_only: bool) -> list[tuple[str, int]]:
    nodes = tree.body if top_level_only and isinstance(tree, ast.Module) else ast.walk(tree)
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, node.lineno))
    return found


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text("utf-8"))) for path in PACKAGE.rglob("*.py")]


def test_pyplot_is_never_imported() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path, tree in _modules()
        for name, line in _imports(tree, top_level_only=False)
        if name == "matplotlib.pyplot" or name.startswith("matplotlib.pyplot.")
    ]
    assert offenders == []


def test_slow_libraries_are_not_imported_at_module_level() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line} imports {name}"
        for path, tree in _modules()
        for name, line in _imports(tree, top_level_only=True)
        if name.split(".")[0] == "weasyprint" or name in HEAVY_AT_START
    ]
    assert offenders == []


def test_no_module_imports_ours_by_name_at_run_time() -> None:
    # importlib.import_module("personabuilder.x") hides an import from import-linter (that is
    # how cli.py and app.py once imported each other): our modules are imported by statements.
    offenders = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute | ast.Name)
        and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
        in ("import_module", "__import__")
        and node.args
        and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
        and "personabuilder" in ast.unparse(node.args[0])
    ]
    assert offenders == []
