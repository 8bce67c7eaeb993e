"""A long table put in place of another is drafted and redlined in work that grows with its
rows, not with their square: counted (pairs compared, diffs, lines of the product's code
run), never timed."""

from __future__ import annotations

from pathlib import Path

from amendtool.core import changes, diffing, typography
from amendtool.core.amendment import draft_amendment
from amendtool.core.diffing import WORK
from amendtool.core.drafting import align, draft_items
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, resolve
from tests.io.test_redline_restated_tables import NEW, OLD, TAIL, offer
from tests.support.work_lines import lines_run


def redline_work(tmp_path: Path, rows: int) -> tuple[int, int]:
    """Rows of the redline's new table, and the lines of the redline's own code run to
    mark a restated section whose small table becomes one of `rows` other rows."""
    old_rows = [["Grant date", "Exchange ratio"], ["Before 2020", "Two for one"]]
    new_rows = [[f"Grant {n}", f"{3 * n + 1} shares"] for n in range(rows)]
    before = load_document(offer(tmp_path / f"o{rows}.docx", OLD, old_rows, TAIL))
    after = load_document(offer(tmp_path / f"r{rows}.docx", NEW, new_rows, TAIL))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    assert [i.kind.value for i in amendment.change_items] == ["replace_section"]
    documents, lines = lines_run(lambda: build_review_documents(amendment), "io/redline")
    accepted = comparable(resolve(documents.redline, True), tmp_path, f"a{rows}.docx")
    return sum(text.startswith("Grant ") for text in accepted), lines


def test_a_long_table_put_in_is_marked_in_work_linear_in_its_rows(tmp_path: Path) -> None:
    rows, lines = redline_work(tmp_path, 60)
    rows4, lines4 = redline_work(tmp_path, 240)
    assert (rows, rows4) == (60, 240)  # accepting the redline gives every new row
    assert lines > 0
    assert lines4 <= 4.4 * lines, (lines, lines4)


def drafting_work(tmp_path: Path, rows: int) -> tuple[int, int, int]:
    """Paragraph pairs compared, word diffs and lines of the drafting's own code run to
    draft the same restated section (its small table become one of `rows` other rows)."""
    old_rows = [["Grant date", "Exchange ratio"], ["Before 2020", "Two for one"]]
    new_rows = [[f"Grant {n}", f"{3 * n + 1} shares"] for n in range(rows)]
    before = load_document(offer(tmp_path / f"o{rows}.docx", OLD, old_rows, TAIL))
    after = load_document(offer(tmp_path / f"r{rows}.docx", NEW, new_rows, TAIL))
    for module in (typography, diffing, changes, align):
        module.clear_caches()
    WORK.reset()
    result, lines = lines_run(lambda: draft_items(before, after), "core/drafting")
    assert [i.kind.value for i in result.items] == ["replace_section"]
    return WORK.pairs_compared, WORK.diffs, lines


def test_a_long_table_put_in_is_drafted_in_work_linear_in_its_rows(tmp_path: Path) -> None:
    pairs, diffs, lines = drafting_work(tmp_path, 60)
    pairs4, diffs4, lines4 = drafting_work(tmp_path, 240)
    assert pairs > 0 and lines > 0, (pairs, lines)
    assert pairs4 <= 4.4 * pairs, (pairs, pairs4)
    assert diffs4 <= 4.4 * max(diffs, 1), (diffs, diffs4)
    assert lines4 <= 4.4 * lines, (lines, lines4)
