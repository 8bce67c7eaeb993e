"""A holder moved to the top of a table, another put in where the first one was: read by
place, the new holder's row was the moved one's "changed" ("“Eligible Options Held” for
“Ivanova, Katya” is now 14,000. It was 19,250."), a false statement to employees, and the
checks read counsel's paragraphs against that false change. Two rows of other names with
no other cell in common are two rows."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.plain_row_changes import row_changes
from tests.support.plain import rsu_table_amendment

HEAD = "Name\tEligible Options Held\tPercent"
OLD = [
    "Almeida, Sofia\t52,000\t14.9%",
    "Brennan, Cormac\t38,500\t11.0%",
    "Haddad, Omar\t27,000\t7.7%",
    "Ivanova, Katya\t19,250\t5.5%",
    "Lindgren, Erik\t11,000\t3.1%",
    "Moreau, Claire\t7,700\t2.2%",
]
NEW = [
    "Ivanova, Katya\t19,250\t5.5%",
    "Almeida, Sofia\t52,000\t14.9%",
    "Brennan, Cormac\t38,500\t11.0%",
    "Haddad, Omar\t29,500\t8.4%",
    "Hartley, Quinn\t14,000\t4.0%",
    "Lindgren, Erik\t9,000\t2.6%",
    "Moreau, Claire\t7,700\t2.2%",
]


def test_a_row_put_in_where_a_moved_row_was_is_no_change_of_the_moved_row(
    example_filing_toml: Path,
) -> None:
    amendment = rsu_table_amendment(example_filing_toml, HEAD, OLD, NEW, section="10. Interests")
    tables = [i for i in amendment.change_items if "\t" in (i.new_text + i.old_text)]
    assert tables
    for item in tables:
        text = amendment.plain_summary(item).text
        assert "is now 14,000. It was 19,250" not in (text or ""), text
        assert "Hartley, Quinn. It was Ivanova" not in (text or ""), text
        changed = {(c.row, c.old.text, c.new.text) for c in row_changes(item)}
        assert not any(row.startswith("Ivanova") for row, _, _ in changed), changed
        assert not any(row.startswith("Almeida") for row, _, _ in changed), changed
    said = " ".join(amendment.plain_summary(i).text or "" for i in tables)
    assert "29,500" in said and "9,000" in said  # the holdings that did change are told
