"""Every XPath the product evaluates walks one axis: libxml2 evaluates an abbreviated
descendant step with a predicate (".//*[@w:author = $a]") as a node set merged for each
element under it, work that grows with the square of what it finds. Stamping the marks of a
10,000-row table the revision adds took 2.8 s of CPU that way and 0.08 s as
"descendant::*[…]". Read from the source, so a new path of that kind shows at once."""

from __future__ import annotations

import ast
from pathlib import Path

import amendtool

PACKAGE = Path(amendtool.__file__).parent


def _xpaths() -> list[tuple[str, str]]:
    """(where, expression) for each XPath written as a literal in the product's code."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "xpath" not in source.lower():
            continue  # only the files that name it are parsed (all of them take seconds)
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else None
            called = called or (node.func.id if isinstance(node.func, ast.Name) else None)
            first = node.args[0]
            if called in ("XPath", "xpath") and isinstance(first, ast.Constant):
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                found.append((where, str(first.value)))
    return found


def test_the_product_reads_its_word_trees_by_xpath() -> None:
    assert any(where.startswith("io/docx_writer.py") for where, _ in _xpaths())


def test_no_xpath_takes_the_abbreviated_descendant_step() -> None:
    merged = [(where, path) for where, path in _xpaths() if "//" in path]
    assert not merged, merged
