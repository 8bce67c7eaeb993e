"""A table whose first column numbers its rows ("No." 1, 2, 3 …): a row put in renumbers
every row below it, so the number names no row. The rows are told, paired and named by the
column after it (the holder), as a reader finds them: the notice says which holder came in
and each holder's own figures, never "the row for "11""; the reason names a row that changed
and says nothing was taken out."""

from __future__ import annotations

import re
from pathlib import Path

from amendtool.core.amendment import Amendment
from amendtool.core.items import ItemKind, Materiality
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_row_changes import row_changes
from amendtool.core.row_names import row_names
from tests.support.plain import rsu_table_amendment

HEAD = "No.\tHolder\tShares\tPercent of Class"
HOLDERS = ["Quill, Maren", "Ashdown, Piers", "Ferreira, Lucia", "Nakamura, Toru", "Bellamy, Grace"]


def _rows(holders: list[str], shares: list[int]) -> list[str]:
    """Numbered rows; each holder's percentage its own (the first letter of its name)."""
    return [
        f"{n}\t{holder}\t{count:,}\t0.{ord(holder[0]) % 9 + 1}%"
        for n, (holder, count) in enumerate(zip(holders, shares, strict=True), start=1)
    ]


def _draft(example_filing_toml: Path, old: list[str], new: list[str]) -> Amendment:
    return rsu_table_amendment(example_filing_toml, HEAD, old, new, "2. Holders")


# "… is now 5,200. It was 4,100. This is in the table, in the row for "Quill, Maren"", or
# "In the table, the figure in the row for "Quill, Maren" is now 5,200. It was 4,100."
_ROW_SAID = re.compile(
    r"is now (?P<now>[\d,]+)\. It was (?P<was>[\d,]+)\. This is in the table, in the row "
    r"for \"(?P<row>[^\"]+)\"|the row for \"(?P<row2>[^\"]+)\" is now (?P<now2>[\d,]+)\. "
    r"It was (?P<was2>[\d,]+)\."
)


def _told(amendment: Amendment) -> str:
    said = [p.text for p in plain_paragraphs(amendment)]
    return " ".join(" ".join(said).split())


def test_a_holder_put_in_is_named_not_the_last_number(example_filing_toml: Path) -> None:
    shares = [4100, 5200, 6300, 7400, 8500]
    old = _rows(HOLDERS, shares)
    new = _rows(
        [*HOLDERS[:3], "Kowalczyk, Abe", *HOLDERS[3:]], [4100, 5200, 6300, 3000, 7400, 8500]
    )
    amendment = _draft(example_filing_toml, old, new)
    told = _told(amendment)
    assert '"Kowalczyk, Abe"' in told, told
    assert 'for "6"' not in told and 'row for "' + "6" not in told, told
    assert "It was" not in told, told  # no holder's figures changed; only numbers moved
    for item in amendment.change_items:  # the row put in, and the rows renumbered below it
        assert "takes out" not in item.materiality_reason, item.materiality_reason
    renumbered = [i for i in amendment.change_items if i.kind is not ItemKind.INSERT_ROW]
    assert renumbered, amendment.change_items
    for item in renumbered:  # only their numbers changed: no term, nothing to tell holders
        assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "Only the numbers changed." in told, told


def test_each_holder_changed_is_told_by_name(example_filing_toml: Path) -> None:
    old = _rows(HOLDERS, [4100, 5200, 6300, 7400, 8500])
    new = _rows(
        [*HOLDERS[:3], "Kowalczyk, Abe", *HOLDERS[3:]], [5200, 6300, 7400, 3000, 8500, 9600]
    )
    amendment = _draft(example_filing_toml, old, new)
    told = _told(amendment)
    assert '"Kowalczyk, Abe"' in told, told
    figures = {"Quill, Maren": ("4,100", "5,200"), "Ashdown, Piers": ("5,200", "6,300")}
    figures |= {"Ferreira, Lucia": ("6,300", "7,400"), "Nakamura, Toru": ("7,400", "8,500")}
    figures |= {"Bellamy, Grace": ("8,500", "9,600")}
    said = [
        (m["now"] or m["now2"], m["was"] or m["was2"], m["row"] or m["row2"])
        for m in _ROW_SAID.finditer(told)
    ]
    assert said, told
    for now, was, holder in said:  # each holder told with its own figures
        assert figures[holder] == (was, now), (holder, was, now)
    assert not any(f'for "{n}"' in told for n in range(1, 7)), told
    [item] = amendment.change_items
    assert "takes out" not in item.materiality_reason, item.materiality_reason
    assert "“Kowalczyk" not in item.materiality_reason or "adds" in item.materiality_reason


def test_numbered_rows_are_named_by_the_column_after_the_number() -> None:
    rows = [HEAD, *_rows(HOLDERS, [1, 2, 3, 4, 5])]
    names = row_names(rows)
    assert [n[0] if n else None for n in names[1:]] == HOLDERS


def test_a_column_of_years_still_names_its_rows() -> None:
    rows = ["Year\tHigh\tLow", "2021\t$10.00\t$8.00", "2022\t$11.00\t$9.00", "2023\t$12.00\t$9.50"]
    names = row_names(rows)
    assert [n[0] if n else None for n in names[1:]] == ["2021", "2022", "2023"]


def test_counsels_paragraph_is_not_read_against_the_rows_numbers(example_filing_toml: Path) -> None:
    """Rows numbered "(1)", "(2)" … with one moved to the top and one put in: the numbers of
    the rows that moved are no figures of the change, so a right paragraph is no error (it
    was: "states 4, the value before this change … (the change makes it 2 and 41,000 and 5
    …)", which stopped the export)."""
    from amendtool.core.checks import ERROR, run_checks

    head = "No.\tName\tEligible Options Held"
    holders = [
        ("Abernathy, Jonas", "40,000"),
        ("Chen, Mei", "32,000"),
        ("Duarte, Rafael", "24,000"),
    ]
    holders += [("Eriksen, Lars", "16,000"), ("Fujimoto, Aiko", "8,000")]
    old = [f"({n})\t{name}\t{held}" for n, (name, held) in enumerate(holders, start=1)]
    now = [
        ("Fujimoto, Aiko", "8,000"),
        ("Abernathy, Jonas", "41,000"),
        ("Duarte, Rafael", "24,000"),
    ]
    now += [("Hartley, Quinn", "20,000"), ("Eriksen, Lars", "18,000")]
    new = [f"({n})\t{name}\t{held}" for n, (name, held) in enumerate(now, start=1)]
    amendment = rsu_table_amendment(example_filing_toml, head, old, new, "2. Holders")
    [index] = [n for n, i in enumerate(amendment.change_items) if "\t" in (i.new_text or "")]
    amendment.change_items[index].set_plain_summary(
        "We added Quinn Hartley, who holds 20,000 Eligible Options, as row 4. Jonas "
        "Abernathy now holds 41,000 Eligible Options, up from 40,000."
    )
    found = [f for f in run_checks(amendment) if f.item == index and f.code == "plain_facts"]
    assert [f.message for f in found if f.severity == ERROR] == []
    told = [(c.old.text, c.new.text) for c in row_changes(amendment.change_items[index])]
    assert ("4", "5") not in told and ("1", "2") not in told, told  # numbers, no figures
