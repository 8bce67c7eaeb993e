"""The list of an amendment's changes is made anew each time it is read (counsel's edits
change it), so a check reads it once, not once per paragraph of the notice: read per plain
paragraph, the placeholder check made 700 lists of 300 items for a long revision. Counted,
not timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.checks import run_checks
from tests.support.html_offer import drafted, offer


def _section(edits: int, revised: bool) -> str:
    return "".join(
        f"<p>Paragraph {n} of the offer states the terms{' as amended' if revised else ''}.</p>"
        for n in range(edits)
    )


def _reads(monkeypatch: pytest.MonkeyPatch, amendment: Amendment) -> int:
    made = Amendment.change_items.fget
    assert made is not None
    count = 0

    def counted(self: Amendment) -> list:  # type: ignore[type-arg]
        nonlocal count
        count += 1
        return made(self)

    with monkeypatch.context() as patch:
        patch.setattr(Amendment, "change_items", property(counted))
        run_checks(amendment)
    return count


def test_the_checks_read_the_changes_as_often_for_many_items_as_for_few(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = {}
    for edits in (3, 12):
        folder = tmp_path / str(edits)
        folder.mkdir()
        amendment = drafted(folder, offer(_section(edits, False)), offer(_section(edits, True)))
        assert len(amendment.change_items) >= edits
        reads[edits] = _reads(monkeypatch, amendment)
    assert reads[12] <= reads[3] + 2, reads
