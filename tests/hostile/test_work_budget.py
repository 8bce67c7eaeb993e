"""A document past the budget of work is refused by count, in every format, before the slow
part starts: the same on every machine, whatever its speed or load."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, as_html, as_text, offer

from amendtool.core import text_limits
from amendtool.core.errors import InputError
from amendtool.io import work_budget
from amendtool.io.load import load_document

RENDER = {".txt": as_text, ".htm": as_html, ".docx": as_docx}


@pytest.mark.parametrize("suffix", sorted(RENDER))
def test_a_document_past_the_budget_is_refused_by_count(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / f"offer{suffix}"
    rendered = RENDER[suffix](offer(12))
    (path.write_bytes if isinstance(rendered, bytes) else path.write_text)(rendered)
    assert len(load_document(path).sections) > 12  # within the budget: read
    monkeypatch.setattr(text_limits, "MAX_UNITS", 10)
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith(f"{path.name}: holds ")
    assert "paragraphs and table cells" in message and "\n" not in message


def test_a_huge_table_is_refused_before_its_rows_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(f"<tr><td>Grant {i}</td><td>{i}</td></tr>" for i in range(400))
    path = tmp_path / "schedule.htm"
    path.write_text(as_html(offer()).replace("</body>", f"<table>{rows}</table></body>"))
    monkeypatch.setattr(text_limits, "MAX_UNITS", 300)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader ran on a file past the budget")

    monkeypatch.setattr("amendtool.io.edgar_html_reader.edgar_html_blocks", never)
    with pytest.raises(InputError, match="about 8"):
        load_document(path)


def test_word_cells_are_counted_across_the_reads_of_the_package() -> None:
    """A large Word part is read in pieces: a tag cut between two is counted once."""
    body = b"".join(b"<w:tc><w:p><w:r/></w:p></w:tc>" for _ in range(70_000))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", b"<w:document><w:body>" + body + b"</w:body>")
    assert work_budget._word_units(buffer.getvalue()) == 140_000


def test_text_past_the_character_budget_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "offer.txt"
    path.write_text(as_text(offer()), encoding="utf-8")
    monkeypatch.setattr(text_limits, "MAX_CHARACTERS", 500)
    with pytest.raises(InputError, match="characters of text"):
        load_document(path)


def _offer_with_table(path: Path, rows: int, spacers: bool = False) -> Path:
    spacer = "<tr><td></td><td></td></tr>" if spacers else ""
    cells = "".join(
        f"<tr><td>Grant {i}</td><td>{3 * i} shares</td></tr>{spacer}" for i in range(rows)
    )
    path.write_text(as_html(offer()).replace("</body>", f"<table>{cells}</table></body>"))
    return path


def test_a_table_longer_than_any_offer_is_refused_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows of one table are paired, cited and written one by one: a table past what any offer
    holds is refused by its row count, though the document is within the budget of units."""
    monkeypatch.setattr(text_limits, "MAX_TABLE_ROWS", 300, raising=False)
    path = _offer_with_table(tmp_path / "schedule.htm", 301)
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith("schedule.htm: holds a table of more than 300 rows")
    assert "right file" in message and "\n" not in message


def test_a_table_at_the_row_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_limits, "MAX_TABLE_ROWS", 300, raising=False)
    path = _offer_with_table(tmp_path / "schedule.htm", 300, spacers=True)
    rows = [p for s in load_document(path).sections for p in s.paragraphs if p.table]
    assert len(rows) == 300


def test_rows_of_different_tables_are_counted_apart() -> None:
    limit = text_limits.MAX_TABLE_ROWS
    assert text_limits.table_excess(["a"] * limit + ["b"] * limit) is None
    assert text_limits.table_excess(["a"] * limit + ["b"] + ["a"]) is not None
    assert text_limits.table_excess([None] * limit + ["b"] + [None] * limit) is None


def test_a_table_at_the_row_limit_is_within_it() -> None:
    """A list of holders or grants as long as any offer's is read, not refused."""
    assert text_limits.MAX_TABLE_ROWS >= 2_000  # the longest list of grants in an offer
    assert text_limits.table_excess(["holders"] * text_limits.MAX_TABLE_ROWS) is None
    assert text_limits.table_excess(["holders"] * (text_limits.MAX_TABLE_ROWS + 1))


def test_a_table_far_past_the_row_limit_is_refused_before_its_rows_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_TABLE_ROWS", 100, raising=False)
    path = _offer_with_table(tmp_path / "schedule.htm", 201)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader ran on a table far past the limit")

    monkeypatch.setattr("amendtool.io.edgar_html_reader.edgar_html_blocks", never)
    with pytest.raises(InputError, match="holds a table of about 201 rows"):
        load_document(path)


def test_a_real_table_at_the_cell_limit_is_read(tmp_path: Path) -> None:
    # two cells a row, at whichever limit comes first
    rows_read = min(text_limits.MAX_TABLE_ROWS, text_limits.MAX_TABLE_CELLS // 2)
    path = _offer_with_table(tmp_path / "holders.htm", rows_read)
    rows = [p for s in load_document(path).sections for p in s.paragraphs if p.table]
    assert len(rows) == rows_read and rows[-1].text.startswith(f"Grant {rows_read - 1}")


def test_a_table_of_more_cells_than_any_offer_is_refused_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each cell is read for its figures, quoted twice and set in four Word files: 20,000
    rows of four columns that only the revision has took 18 s. A table within the row limit
    but past the cell limit is refused in one line, before anything is compared."""
    monkeypatch.setattr(text_limits, "MAX_TABLE_CELLS", 100, raising=False)
    path = _offer_with_table(tmp_path / "grants.htm", 51)  # 102 cells
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith("grants.htm: holds a table of more than 100 cells"), message
    assert "right file" in message and "\n" not in message
    within = _offer_with_table(tmp_path / "within.htm", 50)  # 100 cells
    assert sum(1 for s in load_document(within).sections for p in s.paragraphs if p.table) == 50


def test_cells_of_different_tables_are_counted_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_limits, "MAX_TABLE_CELLS", 12, raising=False)
    assert text_limits.table_excess(["a"] * 3 + ["b"] * 3, [4] * 6) is None
    assert text_limits.table_excess(["a"] * 3 + ["b"] + ["a"], [4] * 5) is not None
    none_run = [None, None, None, text_limits.NOT_A_ROW, None, None, None]
    assert text_limits.table_excess(none_run, [4, 4, 4, 0, 4, 4, 4]) is None
    assert text_limits.table_excess([None] * 4, [4, 4, 4, 4]) is not None


def test_two_word_tables_with_text_between_are_counted_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Word file's rows carry no table of their own: a short table and a long one with
    a paragraph between them were counted as one table, and a file of 19,999 rows was
    refused as holding one of more than 20,000."""
    import docx

    monkeypatch.setattr(text_limits, "MAX_TABLE_ROWS", 60, raising=False)
    word = docx.Document()
    word.add_paragraph("1. Number of Options")
    for rows, label in ((9, "Price"), (55, "Employee")):
        word.add_paragraph(f"The {label.lower()} table follows.")
        table = word.add_table(rows=rows, cols=2)
        for n, row in enumerate(table.rows):
            row.cells[0].text, row.cells[1].text = f"{label} {n}", f"${n}.00"
    word.add_paragraph("The end of the schedule.")
    path = tmp_path / "schedules.docx"
    word.save(str(path))
    document = load_document(path)
    rows = [p for s in document.sections for p in s.paragraphs if p.kind.value == "table_row"]
    assert len(rows) == 64
    assert text_limits.table_excess([None] * 60 + [text_limits.NOT_A_ROW] + [None] * 9) is None
    assert text_limits.table_excess([None] * 60 + [text_limits.NOT_A_ROW] + [None] * 61)
