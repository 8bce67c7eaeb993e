"""The row limit of one table counts rows as the reader builds them: a table of one-cell
rows (or rows never closed, `<tr><td>x` thirty thousand times) is read as the page it lays
out, a paragraph a row, and escaped the limit that a table of two cells a row was held to."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_html, offer
from test_input_gate import refused

from amendtool.core import text_limits
from amendtool.io.load import load_document


def page_with(rows: str) -> str:
    return as_html(offer()).replace("</body>", f"<table>{rows}</table></body>")


def test_unclosed_one_cell_rows_past_the_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.htm"
    path.write_text(page_with("<tr><td>x" * (text_limits.MAX_TABLE_ROWS + 500)), "utf-8")
    message = refused(path)
    assert message.startswith("unclosed.htm: ") and "rows" in message, message


@pytest.mark.parametrize(
    "row",
    ["<tr><td>Holder {i}</td></tr>", "<tr><td>1.</td><td>Holder {i}</td></tr>"],
    ids=["one-cell", "hanging-indent"],
)
def test_rows_read_as_paragraphs_count_toward_the_limit(
    row: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_TABLE_ROWS", 40)
    path = tmp_path / "layout.htm"
    path.write_text(page_with("".join(row.format(i=i) for i in range(41))), "utf-8")
    assert "rows" in refused(path)


def test_spacer_rows_do_not_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_limits, "MAX_TABLE_ROWS", 40)
    rows = "".join(
        f"<tr><td>Holder {i}</td><td>{i}</td></tr><tr><td></td><td></td></tr>" for i in range(40)
    )
    path = tmp_path / "spaced.htm"
    path.write_text(page_with(rows), "utf-8")
    document = load_document(path)
    assert sum(p.text.startswith("Holder") for s in document.sections for p in s.paragraphs) == 40
