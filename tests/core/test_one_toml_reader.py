"""Every resource file counsel may edit is read through one reader (core/resource_toml.py),
parsed once a run and kept parsed between runs; a module that parsed its file itself paid for
the parse on every run, and a file two modules read was parsed twice. Only filing.toml, the
user's own input with its encodings (core/filing.py), is parsed where it is read."""

from __future__ import annotations

import re
from pathlib import Path

import amendtool

_PARSE = re.compile(r"\btomllib\.loads?\(")
_ALLOWED = {"core/resource_toml.py", "core/filing.py"}


def test_no_module_parses_a_resource_file_itself() -> None:
    root = Path(amendtool.__file__).parent
    parsing = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if _PARSE.search(path.read_text(encoding="utf-8"))
    )
    assert [p for p in parsing if p not in _ALLOWED] == []
