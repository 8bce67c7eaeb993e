"""The pattern store's layout: each run checks every byte of the entries it uses, so the code
is kept packed (four bytes a word, not five per marshalled number), and an entry or file of
the previous layout, damaged, cut short or written by two runs at once is still never used
unchecked. Counted in bytes and patterns parsed, never timed."""

from __future__ import annotations

import hashlib
import hmac
import marshal
import re
from pathlib import Path

import pytest

from amendtool.core import cache_seal, pattern_store
from amendtool.core.plain_numbers import RATIO
from tests.core.test_pattern_store import _new_run, fresh_store  # noqa: F401

OFFER, WITHDRAW = r"\btender\s+offer\b", r"\bwithdraw\w*"


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    parse = pattern_store._parser.parse

    def counting(text: str, *rest: object) -> object:
        parsed.append(text)
        return parse(text, *rest)

    monkeypatch.setattr(pattern_store._parser, "parse", counting)
    return parsed


def test_the_sealed_bytes_of_a_long_pattern_are_its_code_packed(fresh_store: Path) -> None:  # noqa: F811
    """What a run checks is what it keeps: no more than four bytes a code word (and the few
    bytes of its flags and groups)."""
    source = RATIO.pattern
    pattern_store.compiled(source, re.IGNORECASE)
    pattern_store.save()
    _mac, data = pattern_store._read(fresh_store)[(source, re.IGNORECASE)]
    entry = pattern_store._opened((source, re.IGNORECASE), (_mac, data))
    assert entry is not None
    words = len(entry[1])
    assert words > 1000
    assert len(data) < 4 * words + 2000


def _old_format_entry(key: tuple[str, int], code_of: tuple[str, int]) -> tuple[bytes, bytes]:
    """An entry as the previous version wrote it: HMAC-SHA256 under this user's own key, the
    code one marshalled number a word, here the code of another pattern."""
    source, flags = code_of
    parsed = pattern_store._parser.parse(source, flags)
    code = [int(op) for op in pattern_store._compiler._code(parsed, flags)]
    data = marshal.dumps(
        (int(flags | parsed.state.flags), code, parsed.state.groups - 1, {}, (None,))
    )
    message = f"{key[1]}\n{key[0]}\n".encode() + data
    return hmac.new(cache_seal.user_key(), message, hashlib.sha256).digest(), data


def test_an_old_format_store_is_never_trusted(
    fresh_store: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A store the previous version left, even one that is well sealed under this user's key
    and found at the new store's name, is not read: the pattern is compiled from its text."""
    fresh_store.parent.mkdir(parents=True)
    old = {(OFFER, 0): _old_format_entry((OFFER, 0), (WITHDRAW, 0))}
    fresh_store.write_bytes(marshal.dumps(old))
    parsed = _parsed(monkeypatch)
    pattern = pattern_store.compiled(OFFER)
    assert pattern.search("you may withdraw your shares") is None
    assert pattern.search("the tender offer expires") is not None
    assert parsed == [OFFER]
    pattern_store.save()  # the old entry is replaced by one of this layout
    _new_run(monkeypatch)
    parsed = _parsed(monkeypatch)
    assert pattern_store.compiled(OFFER).search("the tender offer") is not None
    assert parsed == []


def test_the_old_format_store_file_is_left_alone(
    fresh_store: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The previous version's file has another name (the format is part of it): not read,
    not rewritten, not removed."""
    monkeypatch.setattr(pattern_store, "STORE_FORMAT", 2)
    old_path = pattern_store.store_path()
    monkeypatch.undo()
    assert old_path != fresh_store
    old_path.parent.mkdir(parents=True)
    old_path.write_bytes(b"what the previous version wrote")
    pattern_store.compiled(OFFER)
    pattern_store.save()
    assert old_path.read_bytes() == b"what the previous version wrote"


@pytest.mark.parametrize("cut", [1, 3, 7, 100])
def test_an_entry_cut_short_or_padded_is_refused(
    fresh_store: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    cut: int,
) -> None:
    pattern_store.compiled(OFFER)
    pattern_store.save()
    store = pattern_store._read(fresh_store)
    mac, data = store[(OFFER, 0)]
    for changed in (data[:-cut], data + b"\x00" * cut, data[:cut]):
        assert pattern_store._opened((OFFER, 0), (mac, changed)) is None


def test_a_truncated_store_file_means_compiling_again(
    fresh_store: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pattern_store.compiled(OFFER)
    pattern_store.compiled(WITHDRAW)
    pattern_store.save()
    whole = fresh_store.read_bytes()
    fresh_store.write_bytes(whole[: len(whole) // 2])
    _new_run(monkeypatch)
    parsed = _parsed(monkeypatch)
    assert pattern_store.compiled(OFFER).search("a tender offer") is not None
    assert OFFER in parsed


def test_entries_added_by_two_runs_at_once_are_both_kept(
    fresh_store: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two drafts started together each add their own patterns: the one that saves last
    keeps the other's."""
    pattern_store.compiled(OFFER)
    first_added = dict(pattern_store._added)
    _new_run(monkeypatch)
    pattern_store.compiled(WITHDRAW)  # the second run, which read the store before any save
    second_added = dict(pattern_store._added)
    monkeypatch.setattr(pattern_store, "_added", first_added)
    pattern_store.save()
    monkeypatch.setattr(pattern_store, "_added", second_added)
    pattern_store.save()
    assert set(pattern_store._read(fresh_store)) == {(OFFER, 0), (WITHDRAW, 0)}


def test_a_code_word_past_32_bits_is_compiled_not_kept(
    fresh_store: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(OverflowError):
        pattern_store._seal((OFFER, 0), (0, [1 << 40], 0, {}, (None,)))

    def too_wide(key: object, entry: object) -> object:
        raise OverflowError

    monkeypatch.setattr(pattern_store, "_seal", too_wide)
    assert pattern_store.compiled(OFFER).search("a tender offer") is not None
    assert pattern_store._added == {}
