"""Reading a long HTML table asks only the cells that hold elements whether they set out
pages (a table opened and never closed): a cell of words alone cannot. Counted, not timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io import html_table_walk
from amendtool.io.load import load_document

ROWS = 300


def _offer(path: Path, cell: str) -> Path:
    rows = "".join(f"<tr><td>Holder {n}</td><td>{cell.format(n=n)}</td></tr>" for n in range(ROWS))
    path.write_text(
        "<html><body><p>OFFER TO EXCHANGE</p><p>1. Eligible Options</p>"
        f"<p>The holders are listed below.</p><table>{rows}</table>"
        "<p>2. Conditions</p><p>The offer is subject to conditions.</p></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tags of the elements walked for the blocks they hold."""
    seen: list[str] = []
    real = html_table_walk._blocks_beyond

    def counted(element, most):  # type: ignore[no-untyped-def]
        seen.append(element.tag)
        return real(element, most)

    monkeypatch.setattr(html_table_walk, "_blocks_beyond", counted)
    return seen


def test_cells_of_words_alone_are_not_walked_for_blocks(tmp_path: Path, walked: list[str]) -> None:
    document = load_document(_offer(tmp_path / "holders.htm", "{n} options"))
    rows = [p for s in document.sections for p in s.paragraphs if p.table]
    assert len(rows) == ROWS and rows[-1].text == f"Holder {ROWS - 1}\t{ROWS - 1} options"
    assert "td" not in walked


def test_a_cell_holding_elements_is_still_walked(tmp_path: Path, walked: list[str]) -> None:
    document = load_document(_offer(tmp_path / "holders.htm", "<b>{n}</b> options"))
    rows = [p for s in document.sections for p in s.paragraphs if p.table]
    assert len(rows) == ROWS
    assert walked.count("td") == ROWS  # the first cell of each row holds words alone
