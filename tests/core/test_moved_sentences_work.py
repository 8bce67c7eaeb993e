"""The notice's paragraph on a change that moves sentences and the check of that paragraph
each asked which of the change's sentences only moved: the change's sentences were split
and compared again for each. While the outputs are written and the checks run, each change
is read once. Work is counted, never timed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from amendtool.core import moved_sentences
from amendtool.core.amendment import draft_amendment
from amendtool.core.built_once import built_once
from amendtool.core.checks import run_checks
from amendtool.core.filing_document import notice_blocks
from amendtool.io.outputs import write_outputs
from tests.core.test_moved_sentences import LAST, RATIO, SET, VEST, _offer
from tests.support.builders import doc
from tests.support.plain import plain_filing


def test_each_change_is_read_for_moved_sentences_once(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, tmp_path: Path
) -> None:
    before = [f"{RATIO.format('2.5')} {SET}", VEST, LAST]
    after = [RATIO.format("2.5"), SET, f"{VEST} {LAST}"]
    amendment = draft_amendment(
        doc(_offer(before)), doc(_offer(after)), plain_filing(example_filing_toml)
    )
    read: Counter[int] = Counter()
    real = moved_sentences._changed

    def counted(item: Any) -> tuple[list[str], list[str]]:
        read[id(item)] += 1
        return real(item)

    monkeypatch.setattr(moved_sentences, "_changed", counted)
    with built_once():
        write_outputs(amendment, tmp_path)
        run_checks(amendment)
        notice = notice_blocks(amendment)
    assert len(amendment.change_items) >= 2
    assert set(read) == {id(i) for i in amendment.change_items}
    assert max(read.values()) == 1, read
    assert any("moved" in b.text for b in notice)


def test_the_sentences_of_a_paragraph_both_offers_share_are_keyed_once() -> None:
    """Each offer's sentences are counted (to tell a sentence that only moved): a paragraph
    the original and the revised offer share is read once for both, and the counts are the
    sentences' own."""
    from amendtool.core import text_cache
    from amendtool.core.model import ParagraphKind

    shared = [f"{RATIO.format(n)} {SET} Item {n} “stands”." for n in range(30)]
    original = doc(_offer([*shared, VEST]))
    revised = doc(_offer([VEST, *shared, LAST]))
    text_cache.clear_caches()
    before = text_cache.READS["_sentence_keys"]
    counts = [moved_sentences._counts(d) for d in (original, revised)]
    texts = {p.text for d in (original, revised) for p in d.paragraphs()}
    assert text_cache.READS["_sentence_keys"] - before == len(texts)
    for document, counted in zip((original, revised), counts, strict=True):
        keys = [
            moved_sentences._key(s.text)
            for p in document.paragraphs()
            if p.kind is not ParagraphKind.TABLE_ROW
            for s in p.sentences
        ]
        assert counted == Counter(keys) and sum(counted.values()) > 60


def test_a_paragraph_both_offers_share_is_folded_once() -> None:
    """Each offer's paragraphs are counted (to tell a paragraph that only moved): one the
    original and the revised offer share is folded once for both."""
    from amendtool.core import plain_paragraph_moves, text_cache

    shared = [f"{RATIO.format(n)} {SET}" for n in range(30)]
    original, revised = doc(_offer([*shared, VEST])), doc(_offer([VEST, *shared, LAST]))
    text_cache.clear_caches()
    counts = [plain_paragraph_moves._counts(d) for d in (original, revised)]
    texts = {p.text for d in (original, revised) for p in d.paragraphs()}
    assert text_cache.READS["_folded"] == len(texts)
    assert [sum(c.values()) for c in counts] == [32, 33]


def test_the_proposal_and_the_notice_read_a_changes_sentences_once(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, tmp_path: Path
) -> None:
    """The proposal asks which sentences each change takes out and puts in (one moved by
    another change is clarifying), and the notice's paragraph on it asks again: the
    change's old and new text are split and compared once for both."""
    from amendtool.core import text_cache

    asks: dict[tuple[str, str], list[int]] = {}  # texts split at each ask, by the item's texts
    asking: list[list[int]] = []  # the splits of the ask under way
    real, changed = moved_sentences.sentences, moved_sentences._changed

    def counted(text: str) -> list[str]:
        if asking:
            asking[-1][-1] += 1
        return real(text)

    def asked(item: Any) -> tuple[list[str], list[str]]:
        splits = asks.setdefault((item.old_text, item.new_text), [])
        splits.append(0)
        asking.append(splits)
        try:
            return changed(item)
        finally:
            asking.pop()

    monkeypatch.setattr(moved_sentences, "sentences", counted)
    monkeypatch.setattr(moved_sentences, "_changed", asked)
    before = [f"{RATIO.format('2.5')} {SET}", VEST, LAST]
    after = [RATIO.format("2.5"), SET, f"{VEST} {LAST}"]
    text_cache.clear_caches()
    amendment = draft_amendment(
        doc(_offer(before)), doc(_offer(after)), plain_filing(example_filing_toml)
    )
    with built_once():
        write_outputs(amendment, tmp_path)
        notice = notice_blocks(amendment)
    assert any("moved" in b.text for b in notice)
    assert len(asks) >= 2 and all(len(splits) == 2 for splits in asks.values())
    # split at the first ask (the proposal's), never at the second (the notice's)
    assert all(first and not second for first, second in asks.values()), asks
