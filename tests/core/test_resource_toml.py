"""The resource files' parsed data kept between runs (core/resource_toml.py) is exactly what
parsing gives, each caller's own, and only ever saves time: an edited file is read anew, an
entry that was tampered with, cut short or sealed under another key is parsed afresh, and a
cache folder that cannot be written changes nothing."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core import cache_seal, resource_toml
from amendtool.core.resource_toml import read_toml

ROOT = Path(__file__).resolve().parents[2]
PARSE = tomllib.loads  # as the tests compare, uncounted
RULES = """\
[two_percent]
words = ["two percent", "2%"]
reason = "Changes the number sought by more than two percent."
"""


@pytest.fixture
def parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A cache of its own, as a new run sees it; the texts the parser is handed."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    _new_run(monkeypatch)
    texts: list[str] = []
    loads = tomllib.loads

    def counting(text: str) -> dict[str, object]:
        texts.append(text)
        return loads(text)

    monkeypatch.setattr(tomllib, "loads", counting)
    return texts


def _new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_seal, "_secret", None)
    monkeypatch.setattr(resource_toml, "_frozen", {})
    monkeypatch.setattr(resource_toml, "_dated", {})


def _rules(tmp_path: Path, text: str = RULES) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _entries() -> list[Path]:
    return sorted(resource_toml.store_folder().glob("*.marshal"))


def test_every_resource_file_reads_as_parsing_it_gives(
    parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted((ROOT / "resources").rglob("*.toml"))
    expected = [PARSE(path.read_text(encoding="utf-8")) for path in files]
    assert [read_toml(path) for path in files] == expected  # parsed
    assert [read_toml(path) for path in files] == expected  # this run's copies
    _new_run(monkeypatch)
    parsed.clear()
    assert [read_toml(path) for path in files] == expected  # the cache's
    # the sample filing.toml holds dates, which marshal cannot: parsed in each run
    assert parsed == [(ROOT / "resources/samples/filing.toml").read_text(encoding="utf-8")]


def test_a_file_is_parsed_once_a_run_and_each_caller_gets_its_own_copy(
    parsed: list[str], tmp_path: Path
) -> None:
    path = _rules(tmp_path)
    first = read_toml(path)
    first["two_percent"]["words"].append("changed by a caller")
    assert read_toml(path)["two_percent"]["words"] == ["two percent", "2%"]
    assert len(parsed) == 1


def test_a_second_run_parses_nothing_and_an_edit_is_read_at_once(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rules(tmp_path)
    read_toml(path)
    _new_run(monkeypatch)
    assert read_toml(path) == PARSE(RULES)
    assert len(parsed) == 1
    edited = RULES.replace("2%", "2 percent")
    path.write_text(edited, encoding="utf-8")  # same size, same place: other bytes
    assert read_toml(path)["two_percent"]["words"] == ["two percent", "2 percent"]
    assert len(parsed) == 2
    assert len(_entries()) == 1  # the edit's entry replaced the one before


def test_line_ends_read_as_read_text_reads_them(parsed: list[str], tmp_path: Path) -> None:
    path = tmp_path / "crlf.toml"
    path.write_bytes(b'text = """one\r\ntwo\rthree"""\r\n')
    assert read_toml(path) == PARSE(path.read_text(encoding="utf-8"))


def test_a_file_that_is_no_toml_raises_as_parsing_it_did(parsed: list[str], tmp_path: Path) -> None:
    path = _rules(tmp_path, "[two_percent\n")
    with pytest.raises(tomllib.TOMLDecodeError):
        read_toml(path)
    path.write_bytes(b"words = ['\xff']\n")
    with pytest.raises(UnicodeDecodeError):
        read_toml(path)
    with pytest.raises(FileNotFoundError):
        read_toml(tmp_path / "missing.toml")
    assert _entries() == []


def _next_run_parses(path: Path, monkeypatch: pytest.MonkeyPatch, parsed: list[str]) -> int:
    _new_run(monkeypatch)
    parsed.clear()
    assert read_toml(path) == PARSE(path.read_text(encoding="utf-8"))
    return len(parsed)


def test_a_tampered_entry_is_parsed_afresh(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry with other data in it (here another file's, under this file's name) does not
    verify: the file is parsed from its text."""
    other = tmp_path / "other.toml"
    other.write_text('[two_percent]\nwords = ["ten percent"]\n', encoding="utf-8")
    path = _rules(tmp_path)
    read_toml(other)
    read_toml(path)
    theirs, ours = (_entry_of(p) for p in (other, path))
    ours.write_bytes(theirs.read_bytes())
    assert _next_run_parses(path, monkeypatch, parsed) == 1
    assert _next_run_parses(path, monkeypatch, parsed) == 0  # the entry is good again


def _entry_of(path: Path) -> Path:
    raw = path.read_bytes()
    digest = resource_toml.hashlib.sha256(resource_toml._BUILD + raw).digest()
    entry = resource_toml._entry_path(path, digest)
    assert entry is not None and entry.exists()
    return entry


@pytest.mark.parametrize("cut", [0, 10, 32, 40, -1])
def test_an_entry_cut_short_is_parsed_afresh(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut: int
) -> None:
    path = _rules(tmp_path)
    read_toml(path)
    entry = _entry_of(path)
    entry.write_bytes(entry.read_bytes()[:cut])
    assert _next_run_parses(path, monkeypatch, parsed) == 1


def test_a_data_byte_changed_is_parsed_afresh(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rules(tmp_path)
    read_toml(path)
    entry = _entry_of(path)
    held = bytearray(entry.read_bytes())
    at = held.index(b"2%")
    held[at : at + 2] = b"9%"
    entry.write_bytes(bytes(held))
    assert _next_run_parses(path, monkeypatch, parsed) == 1


def test_entries_sealed_under_another_key_are_not_used(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rules(tmp_path)
    read_toml(path)
    cache_seal.key_path().write_bytes(os.urandom(cache_seal.KEY_BYTES))
    assert _next_run_parses(path, monkeypatch, parsed) == 1


def test_a_key_others_may_change_means_no_cache(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rules(tmp_path)
    read_toml(path)
    cache_seal.key_path().chmod(0o666)
    assert _next_run_parses(path, monkeypatch, parsed) == 1
    assert _next_run_parses(path, monkeypatch, parsed) == 1


def test_a_cache_folder_that_cannot_be_written_changes_nothing(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    monkeypatch.setattr(resource_toml, "store_folder", lambda: blocked / "resources")
    path = _rules(tmp_path)
    assert read_toml(path) == PARSE(RULES)
    assert _next_run_parses(path, monkeypatch, parsed) == 1
    assert blocked.read_text() == "x"


def test_a_cache_that_cannot_be_replaced_leaves_no_file_behind(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(source: object, target: object) -> None:
        raise PermissionError("held open by another run")

    monkeypatch.setattr(resource_toml.os, "replace", refused)
    assert read_toml(_rules(tmp_path)) == PARSE(RULES)
    assert list(resource_toml.store_folder().iterdir()) == []


def test_dates_are_parsed_each_run_and_copied(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rules(tmp_path, "[offer]\nexpires = 2026-03-01T17:00:00\nnames = ['Offer']\n")
    first = read_toml(path)
    first["offer"]["names"].clear()
    assert read_toml(path) == PARSE(path.read_text(encoding="utf-8"))
    assert len(parsed) == 1 and _entries() == []
    assert _next_run_parses(path, monkeypatch, parsed) == 1


_KEYS = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]), max_size=8)
_VALUES = st.recursive(
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(_KEYS, _VALUES, max_size=5), ends=st.sampled_from(["\n", "\r\n"]))
def test_any_toml_reads_as_parsing_its_text_gives_in_this_run_and_the_next(
    parsed: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: dict[str, object],
    ends: str,
) -> None:
    path = tmp_path / "any.toml"
    path.write_bytes(tomli_w.dumps(data, multiline_strings=True).replace("\n", ends).encode())
    expected = PARSE(path.read_text(encoding="utf-8"))
    assert read_toml(path) == expected  # parsed
    assert read_toml(path) == expected  # this run's copy
    _new_run(monkeypatch)
    assert read_toml(path) == expected  # the cache's
