"""The holder-deadline check names a deadline it finds by the item that brings its sentence
in: every item's old and new text was split into sentences for that before a single
paragraph was read, on every offer, though most have no such deadline. They are read only
for a deadline found, once however many. Work is counted, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from amendtool.core import holder_deadlines
from tests.core.test_deadline_past_expiration import ANY_TIME, LATER, _findings


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    real = holder_deadlines._brought_in

    def counting(amendment: Any) -> dict[str, int]:
        counted.append(1)
        return real(amendment)

    monkeypatch.setattr(holder_deadlines, "_brought_in", counting)
    return counted


def test_the_items_are_not_read_when_no_deadline_is_found(
    example_filing_toml: Path, reads: list[int]
) -> None:
    agreed = "The Letter of Transmittal must be received by 3:00 p.m. on the expiration date."
    assert _findings(example_filing_toml, [ANY_TIME], [ANY_TIME, agreed]) == []
    assert reads == []


def test_the_items_are_read_once_for_the_deadlines_found(
    example_filing_toml: Path, reads: list[int]
) -> None:
    early = [s.replace("11:59 p.m.", "5:00 p.m.").replace("8:00 p.m.", "5:00 p.m.") for s in LATER]
    found = _findings(example_filing_toml, early[:3], LATER[:3])
    assert len(found) >= 2 and all(f.item is not None for f in found), found
    assert reads == [1]
