"""The methods Python writes for every dataclass and named tuple of the core and io/ are
compiled once, then read from the user's cache (core/class_code.py): a draft made over a
hundred such classes, some five hundred methods compiled from their text, before a word was
read. Counted as the texts compiled, never timed; and a class made from the store is the class
compiled afresh, method for method (code, defaults, annotations, names)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]

MADE = """
import dataclasses, importlib, inspect, json, pkgutil, sys
import amendtool.core, amendtool.io
from amendtool.core import class_code

class_code.install()

for package in (amendtool.core, amendtool.io):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)

def code(c):
    return [
        c.co_code.hex(), [code(k) if hasattr(k, "co_code") else repr(k) for k in c.co_consts],
        c.co_names, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_argcount,
        c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags, c.co_stacksize,
        c.co_firstlineno, c.co_linetable.hex(), c.co_exceptiontable.hex(), c.co_name,
        c.co_qualname, c.co_filename,
    ]

made = {}
for name, module in sorted(sys.modules.items()):
    if not name.startswith(("amendtool.core", "amendtool.io")):
        continue
    for value in vars(module).values():
        if not (isinstance(value, type) and value.__module__ == name):
            continue
        if not (dataclasses.is_dataclass(value) or hasattr(value, "_fields")):
            continue
        for method, found in sorted(vars(value).items()):
            found = inspect.unwrap(getattr(found, "__func__", found)) if callable(found) else None
            if getattr(getattr(found, "__code__", None), "co_filename", "") == "<string>":
                made[f"{name}.{value.__qualname__}.{method}"] = [
                    code(found.__code__), repr(found.__defaults__),
                    repr(found.__kwdefaults__), repr(found.__annotations__),
                    found.__qualname__, found.__name__,
                ]
print(json.dumps({"compiled": class_code.compiled_texts, "made": made}))
"""


DRAFT = """
import sys
from amendtool.__main__ import main
from amendtool.core import class_code
status = main(sys.argv[1:])
print("\\ncompiled", status, class_code.compiled_texts)
"""


def _run(home: Path, script: str, *args: str) -> str:
    env = dict(os.environ, XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"))
    env.update(PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")  # a default's frozenset, spelled out
    run = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def _made(home: Path) -> dict[str, object]:
    made: dict[str, object] = json.loads(_run(home, MADE))
    return made


def _draft_compiled(home: Path, out: str) -> int:
    args = (
        "draft",
        str(SAMPLES / "offer-to-exchange.docx"),
        str(SAMPLES / "offer-to-exchange-revised.docx"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(home / out),
    )
    status, compiled = _run(home, DRAFT, *args).rpartition("\ncompiled ")[2].split()
    assert status == "0" and (home / out / "items.json").exists()
    return int(compiled)


def test_a_second_draft_compiles_no_method_of_a_class(tmp_path: Path) -> None:
    assert _draft_compiled(tmp_path, "first") > 400
    assert _draft_compiled(tmp_path, "second") == 0


def test_a_second_run_compiles_no_method_and_makes_the_same_classes(tmp_path: Path) -> None:
    first = _made(tmp_path)
    second = _made(tmp_path)
    assert first["compiled"] > 400  # type: ignore[operator]
    assert second["compiled"] == 0
    made = first["made"]
    assert isinstance(made, dict) and len(made) > 400  # every class's methods were seen
    assert second["made"] == made


def test_a_store_tampered_with_is_not_read(tmp_path: Path) -> None:
    first = _made(tmp_path)
    (store,) = (tmp_path / "cache" / "amendtool").glob("class-code-*.marshal")
    held = bytearray(store.read_bytes())
    held[-100] ^= 1
    store.write_bytes(bytes(held))
    again = _made(tmp_path)
    assert again["compiled"] == first["compiled"]
    assert again["made"] == first["made"]


def test_without_a_key_there_is_no_store(tmp_path: Path) -> None:
    (tmp_path / "state").write_text("a file where the key's folder would be")
    first = _made(tmp_path)
    second = _made(tmp_path)
    assert first["compiled"] == second["compiled"] > 400  # type: ignore[operator]
    assert not list((tmp_path / "cache").glob("**/class-code-*"))
    assert second["made"] == first["made"]
