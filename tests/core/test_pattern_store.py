"""Long patterns are compiled once, not in every run: the compiled form is kept between
runs, matches exactly as `re` compiles it, and a store that is missing, damaged or
unwritable only means compiling again."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from amendtool.core import pattern_store
from amendtool.core.plain_numbers import RATIO

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store of its own, as a new run sees it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.setattr(pattern_store.Path, "home", staticmethod(lambda: tmp_path))
    _new_run(monkeypatch)
    return pattern_store.store_path()


def _new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_store, "_store", None)
    monkeypatch.setattr(pattern_store, "_added", {})
    monkeypatch.setattr(pattern_store, "_made", {})


TEXTS = [
    "one New Option for every two Eligible Options",
    "For every 2 Eligible Options you exchange, we will grant you 1 New Option",
    "a 2-for-1 split; 3.5 to 1 in the table",
    "no ratio here at all",
]


def test_a_stored_pattern_matches_as_re_compiles_it(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, flags = RATIO.pattern, re.IGNORECASE
    expected = re.compile(source, flags)
    first = pattern_store.compiled(source, flags)
    pattern_store.save()
    assert fresh_store.exists()

    _new_run(monkeypatch)

    parse = pattern_store._parser.parse

    def not_this_one(text: str, *rest: object) -> object:
        assert text != source, "parsed again although the store holds it"
        return parse(text, *rest)

    monkeypatch.setattr(pattern_store._parser, "parse", not_this_one)
    stored = pattern_store.compiled(source, flags)
    assert stored is not first
    assert (stored.groups, stored.groupindex, stored.flags) == (
        expected.groups,
        expected.groupindex,
        expected.flags,
    )
    for text in TEXTS:
        found, wanted = stored.search(text), expected.search(text)
        assert (found and found.groupdict()) == (wanted and wanted.groupdict())
    assert stored.search(TEXTS[0]) is not None


def test_a_damaged_store_means_compiling_again(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_store.parent.mkdir(parents=True)
    fresh_store.write_bytes(b"\x00not a store at all")
    pattern = pattern_store.compiled(r"\b(?P<word>ex\w+)", re.IGNORECASE)
    assert pattern.search("the Exchange offer")["word"] == "Exchange"  # type: ignore[index]


def test_code_the_engine_refuses_means_compiling_again(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)"
    pattern_store.compiled(source)
    pattern_store.save()
    _new_run(monkeypatch)
    stored = pattern_store._read(fresh_store)
    flags, code, groups, groupindex, indexgroup = stored[(source, 0)]
    broken = {(source, 0): (flags, [999_999] * len(code), groups, groupindex, indexgroup)}
    monkeypatch.setattr(pattern_store, "_store", broken)
    match = pattern_store.compiled(source).search("on 3 March")
    assert match is not None and match["month"] == "March"


def test_an_unwritable_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    monkeypatch.setattr(pattern_store, "store_path", lambda: blocked / "patterns.marshal")
    _new_run(monkeypatch)
    assert pattern_store.compiled(r"tender\s+offer").search("the tender  offer") is not None
    pattern_store.save()
    assert blocked.read_text() == "x"


LONG_PATTERNS_PARSED = """
import re._parser as parser
long = []
original = parser.parse
def counting(source, flags=0, *rest):
    if isinstance(source, str) and len(source) > 1000:
        long.append(source[:40])
    return original(source, flags, *rest)
parser.parse = counting
import amendtool.core.drafting.engine, amendtool.core.materiality, amendtool.core.plain_notice
from amendtool.core.materiality_rules import house_rules
house_rules()
print(len(long))
"""


def test_a_second_run_compiles_no_long_pattern_again(tmp_path: Path) -> None:
    """Every pattern of more than 1,000 characters that drafting compiles is kept: the second
    run parses none of them (the first parses them all)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)}

    def long_parsed() -> int:
        run = subprocess.run(
            [sys.executable, "-c", LONG_PATTERNS_PARSED],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        return int(run.stdout.split()[-1])

    assert long_parsed() >= 5
    assert long_parsed() == 0


def test_a_store_past_its_size_keeps_only_the_patterns_last_used(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counsel's own word lists change over the years: the store does not grow without end."""
    monkeypatch.setattr(pattern_store, "MOST_KEPT", 3)
    for n in range(3):
        pattern_store.compiled(f"old list {n}")
    pattern_store.save()
    _new_run(monkeypatch)
    pattern_store.compiled("old list 0")
    pattern_store.compiled("new list")
    pattern_store.save()
    kept = {source for source, _flags in pattern_store._read(fresh_store)}
    assert kept == {"old list 0", "new list"}


def test_a_store_that_cannot_be_replaced_leaves_no_file_behind(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(source: object, target: object) -> None:
        raise PermissionError("held open by another run")

    monkeypatch.setattr(pattern_store.os, "replace", refused)
    pattern_store.compiled(r"withdrawal\s+rights")
    pattern_store.save()
    assert list(fresh_store.parent.iterdir()) == []
