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
