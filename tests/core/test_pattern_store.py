"""Long patterns are compiled once, not in every run: the compiled form is kept between
runs, matches exactly as `re` compiles it, and a store that is missing, damaged or
unwritable only means compiling again."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from amendtool.core import cache_seal, pattern_store
from amendtool.core.plain_numbers import RATIO

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store of its own, as a new run sees it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.setattr(pattern_store.Path, "home", staticmethod(lambda: tmp_path))
    _new_run(monkeypatch)
    return pattern_store.store_path()


def _new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_seal, "_secret", None)
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
    flags, code, groups, groupindex, indexgroup = _stored_entry(fresh_store, source)
    entry = (flags, [999_999] * len(code), groups, groupindex, indexgroup)
    # sealed with the user's own key, so only the engine can refuse it
    monkeypatch.setattr(
        pattern_store, "_store", {(source, 0): pattern_store._seal((source, 0), entry)}
    )
    match = pattern_store.compiled(source).search("on 3 March")
    assert match is not None and match["month"] == "March"


def _stored_entry(store: Path, source: str) -> tuple:  # type: ignore[type-arg]
    sealed = pattern_store._read(store)[(source, 0)]
    entry = pattern_store._opened((source, 0), sealed)
    assert entry is not None
    return entry


def _tamper(store: Path, change: Callable[[dict], None]) -> None:  # type: ignore[type-arg]
    """Rewrite the store file as someone with access to the cache folder could."""
    data = marshal.loads(store.read_bytes())
    change(data)
    store.write_bytes(marshal.dumps(data))


def test_a_tampered_entry_is_refused_and_the_pattern_compiled_afresh(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Code swapped into another pattern's entry would make it match what the other matches:
    the entry's keyed checksum does not verify, so the pattern is compiled from its text."""
    offer, withdraw = r"\btender\s+offer\b", r"\bwithdraw\w*"
    pattern_store.compiled(offer)
    pattern_store.compiled(withdraw)
    pattern_store.save()

    def swapped(data: dict) -> None:  # type: ignore[type-arg]
        data[(offer, 0)] = data[(withdraw, 0)]

    _tamper(fresh_store, swapped)
    _new_run(monkeypatch)
    pattern = pattern_store.compiled(offer)
    assert pattern.search("you may withdraw your shares") is None
    assert pattern.search("the tender offer expires") is not None
    pattern_store.save()  # the refused entry is replaced by one that verifies
    assert _stored_entry(fresh_store, offer)[1] != _stored_entry(fresh_store, withdraw)[1]


def test_a_store_sealed_under_another_key_is_not_used(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store copied from another user or machine (another key) is compiled afresh."""
    source = r"(?P<ratio>\d+)-for-(?P<per>\d+)"
    pattern_store.compiled(source)
    pattern_store.save()
    cache_seal.key_path().write_bytes(os.urandom(cache_seal.KEY_BYTES))
    _new_run(monkeypatch)
    parsed: list[str] = []
    parse = pattern_store._parser.parse

    def counting(text: str, *rest: object) -> object:
        parsed.append(text)
        return parse(text, *rest)

    monkeypatch.setattr(pattern_store._parser, "parse", counting)
    assert pattern_store.compiled(source).search("a 2-for-1 split")["per"] == "1"  # type: ignore[index]
    assert parsed == [source]


def test_the_key_is_kept_apart_from_the_store_and_private(fresh_store: Path) -> None:
    pattern_store.compiled(r"expiration\s+date")
    pattern_store.save()
    key = cache_seal.key_path()
    assert key.parent != fresh_store.parent
    assert len(key.read_bytes()) == cache_seal.KEY_BYTES
    assert key.stat().st_mode & 0o077 == 0


def test_a_key_others_may_change_means_no_store(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern_store.compiled(r"offer\s+period")
    pattern_store.save()
    cache_seal.key_path().chmod(0o666)
    _new_run(monkeypatch)
    before = fresh_store.read_bytes()
    assert pattern_store.compiled(r"record\s+date").search("the record  date") is not None
    pattern_store.save()
    assert fresh_store.read_bytes() == before


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

    monkeypatch.setattr(os, "replace", refused)  # where any store moves its file into place
    pattern_store.compiled(r"withdrawal\s+rights")
    pattern_store.save()
    assert list(fresh_store.parent.iterdir()) == []
