"""A table restated because most of its rows changed is quoted once in the notice, under
"The exact changes", as filed; the plain paragraph says what changed (a few changed rows in
plain words, then how many others changed and where they are quoted), never every row a
second time, and names the pages the rows print on as one range."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.items import ItemKind
from amendtool.core.layout import Role
from amendtool.core.notice_document import notice_blocks
from tests.support.builders import doc
from tests.support.plain import plain_filing

ROWS = 120


def restated(example_filing_toml: Path) -> Amendment:
    """A table of grants every row of which changes its share count."""
    rows = [f"Grant {i}\t{1000 + i}\t$12.00" for i in range(ROWS)]
    changed = [r.replace("\t1", "\t2", 1) for r in rows]
    cover = ("", ["Halvorsen offers to exchange options."])
    before = [cover, ("6. Outstanding Grants", ["The table lists the grants.", *rows, "End."])]
    after = [cover, ("6. Outstanding Grants", ["The table lists the grants.", *changed, "End."])]
    return draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))


def test_a_restated_table_is_not_said_row_by_row_again(example_filing_toml: Path) -> None:
    amendment = restated(example_filing_toml)
    assert [i.kind for i in amendment.items] == [ItemKind.REPLACE_TABLE]
    blocks = notice_blocks(amendment)
    plain = [b.text for b in blocks if b.role is Role.TEXT and 0 in b.items]
    said = " ".join(plain)
    assert said.count("Grant ") <= 5, said[:600]
    assert f"{ROWS - 3} other rows" in said, said[:600]
    assert "The exact changes" in said, said[:600]
    quoted = [b for b in blocks if b.role in (Role.TABLE_ROW, Role.QUOTE) and "Grant" in b.text]
    quoted += [b for b in blocks if any("Grant" in c for c in b.cells)]
    assert len({id(b) for b in quoted}) >= ROWS  # every row quoted once, as filed
    places = [b.text for b in blocks if b.role is Role.TEXT and "Section 6" in b.text]
    assert places and all(len(p) < 90 for p in places), places


def test_the_notice_still_matches_the_filing_item_for_item(example_filing_toml: Path) -> None:
    amendment = restated(example_filing_toml)
    codes = {f.code for f in run_checks(amendment)}
    assert not codes & {"notice_count", "notice_quote", "notice_wording", "plain_paragraph"}, codes


def test_rows_added_at_once_are_counted(example_filing_toml: Path) -> None:
    """Thirty rows put in at one place are one item: its plain paragraph says how many."""
    rows = [f"Grant {i}\t{1000 + i}\t$12.00" for i in range(80)]
    added = [f"Award {i}\t{i}\t$1.00" for i in range(30)]
    cover = ("", ["Halvorsen offers to exchange options."])
    before = [cover, ("6. Outstanding Grants", ["The table lists the grants.", *rows, "End."])]
    after = [
        cover,
        ("6. Outstanding Grants", ["The table lists the grants.", *rows, *added, "End."]),
    ]
    amendment = draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))
    assert [i.kind for i in amendment.items] == [ItemKind.INSERT_ROW]
    plain = [b.text for b in notice_blocks(amendment) if b.role is Role.TEXT and 0 in b.items]
    assert any("We added 30 rows" in text for text in plain), plain


def test_a_long_table_most_of_whose_rows_are_added_quotes_only_the_added_rows(
    example_filing_toml: Path,
) -> None:
    """Rows added in one place to a long table outnumber the rows kept: the filing quotes
    the rows added (one item), never the whole table with its unchanged rows, so neither
    the filing nor the notice quoting it repeats the rows that did not change."""
    rows = [f"Grant {i}\t{1000 + i}\t$12.00" for i in range(40)]
    added = [f"Award {i}\t{i}\t$1.00" for i in range(60)]
    cover = ("", ["Halvorsen offers to exchange options."])
    intro = ["The table lists the grants.", "Grants are listed by date.", "Prices are per share."]
    before = [cover, ("6. Outstanding Grants", [*intro, *rows, "End."])]
    after = [cover, ("6. Outstanding Grants", [*intro, *rows, *added, "End."])]
    amendment = draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))
    assert [i.kind for i in amendment.items] == [ItemKind.INSERT_ROW]
    quoted = "\n".join(amendment.items[0].new_paragraphs)
    assert "Grant 5\t" not in quoted and quoted.count("Award ") == 60
