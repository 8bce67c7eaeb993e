"""A reason is one line beside the item: it names the most telling changes of figures and
counts the rest. A grant list of 15,000 rows that only the revision had gave a reason of
half a million characters, every row's "adds 137 options" named in turn, in items.json,
the app's list of items and the check's messages (and a second of CPU for each 3,000 rows
describing them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amendtool.core.items import Materiality
from tests.support.html_offer import drafted, offer

INTRO = "<p>Each eligible holder may exchange options as set forth in this section.</p>"


def _grants(rows: int, cell: str) -> str:
    body = "".join(
        f"<tr><td>Holder {n}</td><td>{cell.format(n=n, k=37 * n + 100)}</td></tr>"
        for n in range(rows)
    )
    return f"<table><tr><td>Holder</td><td>Options</td></tr>{body}</table>"


@pytest.mark.parametrize(
    "cell", ["{k:,} options", "${n}.25", "{k:,} shares"], ids=["options", "prices", "shares"]
)
def test_a_reason_names_a_few_changes_and_counts_the_rest(tmp_path: Path, cell: str) -> None:
    title = "Eligible Options"  # a section on the consideration
    amendment = drafted(tmp_path, offer(INTRO, title), offer(INTRO + _grants(60, cell), title))
    (item,) = amendment.change_items
    assert item.materiality is Materiality.CONSIDERATION
    reason = item.materiality_reason or ""
    assert "\n" not in reason and len(reason) < 400, reason
    named = reason.count("adds ")
    assert 1 <= named <= 4, reason
    # what is not named is counted, so counsel knows the reason is not the whole list
    more = re.search(r"and ([\d,]+) more changed figures", reason)
    assert more is not None and int(more.group(1).replace(",", "")) >= 60 - named, reason


def test_a_few_changes_are_all_named(tmp_path: Path) -> None:
    """Two changes of the consideration are each named, as before."""
    title = "Eligible Options"
    old = INTRO + "<p>Holders of options granted before 2020 receive $1.50 or 20 shares.</p>"
    new = old.replace("$1.50", "$1.75").replace("20 shares", "25 shares")
    amendment = drafted(tmp_path, offer(old, title), offer(new, title))
    (item,) = amendment.change_items
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    reason = item.materiality_reason or ""
    assert "$1.50" in reason and "$1.75" in reason and "20 shares" in reason, reason
    assert "more" not in reason, reason
