"""The checks can be given up between two of them: the app re-drafts while they run, and
checks of text already replaced must neither hold the interpreter to the end nor be kept."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core import checks
from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.built_once import built_once
from amendtool.core.checks import ChecksStopped, run_checks
from amendtool.core.filing import load_filing
from tests.core.test_checks import ORIGINAL, REVISED
from tests.support.builders import doc


@pytest.fixture
def amendment(example_filing_toml: Path) -> Amendment:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    return draft_amendment(doc(ORIGINAL), doc(REVISED), filing)


def test_a_stop_asked_before_each_check_gives_them_up(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[str] = []
    for name in ("check_overlaps", "check_terms", "check_stale_terms"):
        real = getattr(checks, name)
        monkeypatch.setattr(checks, name, lambda a, _n=name, _r=real: (ran.append(_n), _r(a))[1])
    asked = 0

    def stop() -> bool:  # newer text arrives once the overlaps are checked
        nonlocal asked
        asked += 1
        return bool(ran)

    with pytest.raises(ChecksStopped):
        run_checks(amendment, stop)
    assert ran == ["check_overlaps"]  # nothing after the stop was run
    assert asked > 1
    # nothing of the given-up run is kept: the same amendment checked again is checked whole
    ran.clear()
    with built_once():
        with pytest.raises(ChecksStopped):
            run_checks(amendment, lambda: bool(ran))
        whole = run_checks(amendment)
    assert ran == ["check_overlaps", "check_overlaps", "check_terms", "check_stale_terms"]
    assert whole == run_checks(amendment, lambda: False)
