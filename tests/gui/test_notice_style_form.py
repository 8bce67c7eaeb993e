"""The filing form offers both notice styles and keeps the one filing.toml chose."""

from __future__ import annotations

import tomllib
from pathlib import Path

from amendtool.core.filing import filing_from_dict
from amendtool.gui.filing_form import FilingForm


def test_the_form_reads_and_writes_the_notice_style(qtbot, example_filing_toml: Path) -> None:  # type: ignore[no-untyped-def]
    data = tomllib.loads(example_filing_toml.read_text())
    form = FilingForm(data)
    qtbot.addWidget(form)
    combo = form.widgets[("notice", "style")]
    assert combo.currentData() == "precedent"  # type: ignore[attr-defined]
    assert filing_from_dict(form.data()).notice_style == "precedent"
    combo.setCurrentIndex(combo.findData("plain"))  # type: ignore[attr-defined]
    assert filing_from_dict(form.data()).notice_style == "plain"
    del data["notice"]["style"]
    form.load(data)
    assert combo.currentData() == "plain"  # type: ignore[attr-defined]
