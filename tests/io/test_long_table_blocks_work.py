"""A revision ending in a long table (a grant list put in place of another) is set out in
the filing and the notice copying each row only to name the document it goes in (the notice,
the filing's exhibit): a row already as wide as its table, or already named for its
document, is kept as it is. Counted as blocks copied, never timed."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import built_once, schedule_to_blocks
from amendtool.core.layout import Role
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

OFFER = [b.strip() for b in (SAMPLES / "offer-to-exchange.txt").read_text().split("\n\n")]


def _offer(folder: Path, name: str, rows: list[tuple[str, str]]) -> Path:
    body = "".join(f"<p>{html.escape(block)}</p>\n" for block in OFFER if block)
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    path = folder / name
    path.write_text(f"<html><body>{body}<table>{cells}</table></body></html>\n", "utf-8")
    return path


def _copies(folder: Path, rows: int) -> int:
    """Blocks copied while the filing (with the notice as its exhibit) is set out for a
    revision whose last table has `rows` rows."""
    grants = [(f"Grant {n}", f"{3 * n} shares") for n in range(10)]
    holders = [(f"Holder {n}", f"{7 * n + 1} options") for n in range(rows)]
    original = load_document(_offer(folder, "original.htm", grants))
    revised = load_document(_offer(folder, f"revised-{rows}.htm", holders))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    copied = 0
    replace = dataclasses.replace

    def counted(obj: Any, /, **changes: Any) -> Any:
        nonlocal copied
        copied += 1
        return replace(obj, **changes)

    with pytest.MonkeyPatch.context() as patch, built_once():
        patch.setattr(dataclasses, "replace", counted)
        patch.setattr("amendtool.core.filing_document.replace", counted)
        blocks = schedule_to_blocks(amendment)
    listed = [b.cells for b in blocks if b.role is Role.TABLE_ROW]
    # every row set out, in the filing and again in the notice quoted in it
    assert sum(cells[-1].startswith(f"{7 * (rows - 1) + 1} options") for cells in listed) >= 2
    assert sum(cells == ("Holder 1", "8 options") for cells in listed) >= 2
    return copied


def test_a_long_table_s_rows_are_not_each_copied(tmp_path: Path) -> None:
    few, many = _copies(tmp_path, 20), _copies(tmp_path, 220)
    # each row named for the notice and for the exhibit: two copies; padded to its table's
    # width and named again where it already was, it was four
    assert many - few <= 2 * 200, (few, many)
