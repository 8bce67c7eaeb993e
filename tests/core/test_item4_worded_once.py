"""Item 4's paragraph on a new price is stated by the Schedule TO and by items.json: each
worded it anew, reading every item's figures twice. While the outputs are written and the
checks run it is worded once. Work is counted (statements worded), never timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core import consideration_statement
from amendtool.core.built_once import built_once
from amendtool.core.checks import run_checks
from amendtool.core.series_amendment import supplements
from amendtool.io.outputs import write_outputs
from tests.core.test_item4_consideration import OFFER, drafted
from tests.support.plain import revised


def test_item_4_is_worded_once_for_every_output(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, tmp_path: Path
) -> None:
    amendment = drafted(example_filing_toml, revised(OFFER, "$26.25", "$26.75"))
    worded: list[str] = []
    real = consideration_statement.consideration_statement

    def counted(amendment: object) -> str:
        worded.append(real(amendment))  # type: ignore[arg-type]
        return worded[-1]

    monkeypatch.setattr(consideration_statement, "consideration_statement", counted)
    with built_once():
        written = write_outputs(amendment, tmp_path)
        run_checks(amendment)
        (supplement,) = supplements(amendment)
    assert written and worded == [supplement.text] and "$26.75" in supplement.text
    assert supplements(amendment) == [supplement]  # outside, worded anew and the same
    assert len(worded) == 2
