"""EDGAR text tables (<TABLE> … </TABLE>) are tables: rows with cells, never headings."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.model import Document, Paragraph, ParagraphKind, Section
from amendtool.io.load import load_document

PRICE_TABLE = """\
6.   PRICE RANGE OF COMMON STOCK UNDERLYING THE OPTIONS.

     Our common stock is quoted on the Nasdaq National Market under the symbol
"KSTL." The following table shows the high and low sales prices per share:

<TABLE>
<CAPTION>
                                                           HIGH          LOW
                                                         --------      --------
<S>                                                      <C>           <C>
FISCAL YEAR 2002
  Third Quarter (through July 26, 2002)(1).............. $  6.42       $  3.10
  Second Quarter........................................    9.85          5.20
  First Quarter.........................................   12.50          8.10
FISCAL YEAR 2001
  Fourth Quarter........................................ $ 15.75       $  9.00
  Third Quarter.........................................   22.00         14.00
</TABLE>

(1) The third quarter of fiscal year 2002 ends on September 30, 2002.

     As of July 26, 2002, the last reported sale price was $4.62 per share.

7.   CONDITIONS OF THE OFFER.

     We may end the offer if any of the conditions described below occurs.
"""


def offer(body: str) -> str:
    sections = "".join(
        f"{n}.   {title}.\n\n     We describe the {title.lower()} here in a full sentence.\n\n"
        for n, title in enumerate(
            ["ELIGIBILITY", "NUMBER OF OPTIONS", "PURPOSE", "PROCEDURES", "WITHDRAWAL RIGHTS"],
            start=1,
        )
    )
    return "                              THE OFFER\n\n" + sections + body


def load(tmp_path: Path, text: str, name: str = "offer.txt") -> Document:
    path = tmp_path / name
    path.write_text(text)
    return load_document(path)


def section(document: Document, number: str) -> Section:
    return next(s for s in document.numbered_sections() if s.number == number)


def table_section(tmp_path: Path, body: str, name: str = "offer.txt") -> Section:
    """Section 6 of the offer with `body` after its first five sections: the table's."""
    return section(load(tmp_path, offer(body), name), "6")


def rows_of(part: Section) -> list[Paragraph]:
    return [p for p in part.paragraphs if p.kind is ParagraphKind.TABLE_ROW]


def cells_of(part: Section) -> list[list[str]]:
    return [p.text.split("\t") for p in rows_of(part)]


# the price table's rows, however its lines are tagged
PRICE_ROWS = [
    ["", "HIGH", "LOW"],
    ["FISCAL YEAR 2002", "", ""],
    ["First Quarter", "$24.50", "$15.10"],
    ["Second Quarter (1)", "17.25", "9.80"],
    ["FISCAL YEAR 2001", "", ""],
    ["First Quarter", "$61.00", "$38.25"],
]


def test_a_price_table_is_rows_with_cells_not_sections(tmp_path: Path) -> None:
    document = load(tmp_path, offer(PRICE_TABLE))
    assert [s.number for s in document.numbered_sections()] == ["1", "2", "3", "4", "5", "6", "7"]
    section6 = section(document, "6")
    rows = rows_of(section6)
    assert [p.cells for p in rows] == [
        ["", "HIGH", "LOW"],
        ["FISCAL YEAR 2002", "", ""],
        ["Third Quarter (through July 26, 2002)(1)", "$6.42", "$3.10"],
        ["Second Quarter", "9.85", "5.20"],
        ["First Quarter", "12.50", "8.10"],
        ["FISCAL YEAR 2001", "", ""],
        ["Fourth Quarter", "$15.75", "$9.00"],
        ["Third Quarter", "22.00", "14.00"],
    ]
    assert len({p.table for p in rows}) == 1 and rows[0].table is not None
    [note] = [p for p in section6.paragraphs if p.kind is ParagraphKind.FOOTNOTE]
    assert note.note == "1"
    assert note.text == "The third quarter of fiscal year 2002 ends on September 30, 2002."
    assert section6.paragraphs[-1].text.startswith("As of July 26, 2002")
    assert section6.paragraphs[-1].kind is ParagraphKind.BODY


def test_wrapped_cells_and_a_table_continued_on_the_next_page(tmp_path: Path) -> None:
    """A cell wrapped onto a second line is one cell; a table cut by a page break is one
    table whose rows keep the page each is printed on."""
    schedule = """\
6.   DIRECTORS AND OFFICERS.

     Our directors and executive officers are listed below.

<TABLE>
<CAPTION>
NAME                           POSITION
----                           --------
<S>                            <C>
Margaret L. Halvorsen          Chairman of the Board of Directors and Chief
                               Executive Officer
Daniel R. Okafor               President and Director
</TABLE>

                                      12

<PAGE>

<TABLE>
<S>                            <C>
Priya N. Raman                 Executive Vice President and Chief Financial
                               Officer
</TABLE>

     The address of each director is our principal office.

                                      13
"""
    rows = rows_of(table_section(tmp_path, schedule))
    assert [p.cells for p in rows] == [
        ["NAME", "POSITION"],
        ["Margaret L. Halvorsen", "Chairman of the Board of Directors and Chief Executive Officer"],
        ["Daniel R. Okafor", "President and Director"],
        ["Priya N. Raman", "Executive Vice President and Chief Financial Officer"],
    ]
    assert [p.page for p in rows] == ["12", "12", "12", "13"]
    assert len({p.table for p in rows}) == 1


def test_two_tables_in_a_row_stay_two_tables(tmp_path: Path) -> None:
    body = PRICE_TABLE.replace(
        "\n(1) The third",
        "\n<TABLE>\n<S>              <C>\nShares           1,000\n</TABLE>\n\n(1) The third",
    )
    rows = rows_of(table_section(tmp_path, body))
    assert rows[-1].cells == ["Shares", "1,000"]
    assert len({p.table for p in rows}) == 2


def test_a_caption_flush_left_figures_left_of_their_column_and_a_reprinted_header(
    tmp_path: Path,
) -> None:
    """As many filers set them: the caption flush left over right-aligned figures, figures
    standing a little left of their <C>, three-dot leaders, and the caption printed again
    over the part of the table on the next page."""
    caption = (
        "<TABLE>\n<CAPTION>\n"
        "EXERCISE PRICE PER SHARE                    CASH PAYMENT PER SHARE\n"
        "                                            ----------------------\n"
        "<S>                                                               <C>\n"
    )
    body = (
        "6.   CASH PAYMENTS.\n\n     We will pay cash for each option as follows:\n\n"
        + caption
        + "  $15.00 to $19.99 ...                                           $0.50\n"
        + "  $20.00 to $24.99 .....................                        $0.35\n"
        + "</TABLE>\n\n                                   - 5 -\n\n<PAGE>\n\n"
        + caption
        + "  $25.00 and above .....................                        $0.25\n"
        + "</TABLE>\n\n     We will pay promptly.\n\n                                   - 6 -\n"
    )
    rows = [p for p in table_section(tmp_path, body).paragraphs if p.table is not None]
    assert [(p.cells, p.page) for p in rows] == [
        (["EXERCISE PRICE PER SHARE", "CASH PAYMENT PER SHARE"], "5"),
        (["$15.00 to $19.99", "$0.50"], "5"),
        (["$20.00 to $24.99", "$0.35"], "5"),
        (["$25.00 and above", "$0.25"], "6"),
    ]
    assert len({p.table for p in rows}) == 1


UNCLOSED = (
    PRICE_TABLE.replace("</TABLE>\n", "")
    + "\n     We will not accept options if any of the following events has occurred.\n\n"
    + "8.   SOURCE AND AMOUNT OF CONSIDERATION.\n\n"
    + "     The New Options will be granted under the 1998 Stock Plan as described here.\n\n"
    + "9.   MISCELLANEOUS.\n\n"
    + "     This offer is not being made to holders in any jurisdiction where it is unlawful.\n"
)


def test_a_table_never_closed_ends_where_its_columned_lines_end(tmp_path: Path) -> None:
    """A <TABLE> without its </TABLE> takes only its rows: the prose, the headings and every
    section after it are read as they print."""
    document = load(tmp_path, offer(UNCLOSED))
    assert [s.number for s in document.numbered_sections()] == [str(n) for n in range(1, 10)]
    price = section(document, "6")
    rows = rows_of(price)
    assert rows[0].text.split("\t")[-2:] == ["HIGH", "LOW"]
    assert rows[-1].text.startswith("Third Quarter")
    closed = table_section(tmp_path, PRICE_TABLE, "closed.txt")
    assert [(p.kind, p.text) for p in price.paragraphs] == [
        (p.kind, p.text) for p in closed.paragraphs
    ]  # read as it is read with its </TABLE>
    assert section(document, "7").paragraphs[-1].text.startswith("We will not accept")
    assert section(document, "9").paragraphs[0].text.startswith("This offer is not")


def test_a_table_never_closed_on_a_page_of_its_own_goes_on_over_the_page(tmp_path: Path) -> None:
    """Its rows go on at the top of the next page; the first prose there ends it."""
    cut = UNCLOSED.replace(
        "FISCAL YEAR 2001\n", "                                   4\n\n<PAGE>\nFISCAL YEAR 2001\n"
    )
    document = load(tmp_path, offer(cut))
    assert [s.number for s in document.numbered_sections()] == [str(n) for n in range(1, 10)]
    assert rows_of(section(document, "6"))[-1].text.startswith("Third Quarter")


INDENTED = """\
6.   PRICE RANGE OF COMMON STOCK UNDERLYING THE OPTIONS.

     Our common stock is quoted on the Nasdaq National Market under the symbol
"ZPHY." The following table shows the high and low sale prices per share.

<TABLE>
  <CAPTION>
                                                            HIGH        LOW
                                                           ------      ------
  FISCAL YEAR 2002
    First Quarter.......................................   $24.50      $15.10
    Second Quarter (1)..................................    17.25        9.80
  FISCAL YEAR 2001
    First Quarter.......................................   $61.00      $38.25

  (1) Through September 30, 2001.

     On May 1, 2002, the last reported sale price of our common stock was
$8.10 per share. We recommend that you obtain current market quotations.

7.   CONDITIONS OF THE OFFER.

     We may end the offer if any of the conditions described below occurs.
"""


def test_an_indented_table_without_its_closing_tags_keeps_its_rows_and_columns(
    tmp_path: Path,
) -> None:
    """No </CAPTION>, no <S> line, no </TABLE>, every line indented: the caption ends at
    its rule, the indent is no column, and the paragraph after the table stays a paragraph."""
    price = table_section(tmp_path, INDENTED)
    assert cells_of(price) == PRICE_ROWS
    others = [p.text for p in price.paragraphs if p.kind is not ParagraphKind.TABLE_ROW]
    assert others[-1] == (
        "On May 1, 2002, the last reported sale price of our common stock was $8.10 per share. "
        "We recommend that you obtain current market quotations."
    )
    assert any(text.endswith("Through September 30, 2001.") for text in others)


def _untagged(table: str) -> str:
    return (
        INDENTED.replace("<TABLE>\n  <CAPTION>\n", "")
        .replace("  (1) Through September 30, 2001.\n\n", "")
        .replace(
            INDENTED[
                INDENTED.index("                          ") : INDENTED.index("\n\n     On May")
            ],
            table,
        )
    )


RULED = """\
                                                            HIGH        LOW
                                                           ------      ------
  FISCAL YEAR 2002
    First Quarter.......................................   $24.50      $15.10
    Second Quarter (1)..................................    17.25        9.80
  FISCAL YEAR 2001
    First Quarter.......................................   $61.00      $38.25"""


def test_columned_lines_over_a_rule_without_tags_are_one_table_with_its_row_groups(
    tmp_path: Path,
) -> None:
    price = table_section(tmp_path, _untagged(RULED))
    assert cells_of(price) == PRICE_ROWS
    assert len({p.table for p in rows_of(price)}) == 1
    assert price.paragraphs[-1].text.startswith("On May 1, 2002")


def test_columned_lines_with_leaders_and_no_rule_are_table_rows(tmp_path: Path) -> None:
    """Leader dots to two or more figures make a row (a contents entry leads to one)."""
    plain = RULED.replace(
        "                                                           ------      ------\n", ""
    )
    price = table_section(tmp_path, _untagged(plain))
    assert cells_of(price) == PRICE_ROWS
    assert len({p.table for p in rows_of(price)}) == 1


# a pricing table whose column names are stacked on three lines, as notes tenders set them
STACKED = """\
6.   PRICING OF THE NOTES.

     The Total Consideration for each series is set by the fixed spread below.

<TABLE>
<CAPTION>
                                     AGGREGATE
                                     PRINCIPAL                    BENCHMARK
                                     AMOUNT           FIXED       TREASURY       EARLY
SERIES                  CUSIP        OUTSTANDING      SPREAD      SECURITY       PAYMENT(1)
------                  -----        -----------      ------      ---------      ----------
<S>                     <C>          <C>              <C>         <C>            <C>
5.25% Notes due 2014    111222AA3    $300,000,000     +60 bps     3.75% due      $20.00
                                                                  5/15/2014
6.10% Notes due 2019    111222AB1    $150,000,000     +95 bps     4.00% due      $20.00
                                                                  8/15/2019
</TABLE>

     We will announce the Total Consideration two business days before expiration.
"""

STACKED_CELLS = [
    ["SERIES", "CUSIP", "AGGREGATE PRINCIPAL AMOUNT OUTSTANDING", "FIXED SPREAD",
     "BENCHMARK TREASURY SECURITY", "EARLY PAYMENT(1)"],
    ["5.25% Notes due 2014", "111222AA3", "$300,000,000", "+60 bps", "3.75% due 5/15/2014",
     "$20.00"],
    ["6.10% Notes due 2019", "111222AB1", "$150,000,000", "+95 bps", "4.00% due 8/15/2019",
     "$20.00"],
]  # fmt: skip


def test_column_names_stacked_on_several_lines_stay_over_their_own_columns(
    tmp_path: Path,
) -> None:
    """Each word of a header set on several lines belongs to the column it stands over, so
    the restated row, the conformed copy and the notice name the right column."""
    assert cells_of(table_section(tmp_path, STACKED)) == STACKED_CELLS


def test_stacked_column_names_without_a_rule_or_a_closed_caption(tmp_path: Path) -> None:
    """The same header with no dashed rule under it and its <CAPTION> never closed."""
    bare = "\n".join(line for line in STACKED.splitlines() if not line.startswith("------"))
    assert cells_of(table_section(tmp_path, bare + "\n")) == STACKED_CELLS
    closed = STACKED.replace("<S>", "</CAPTION>\n<S>", 1)
    assert cells_of(table_section(tmp_path, closed, "closed.txt")) == STACKED_CELLS


def test_stacked_column_names_in_small_letters_too(tmp_path: Path) -> None:
    """Names set "Principal / Amount / Outstanding" in small letters stack as capitals do."""
    lines = STACKED.split("<CAPTION>\n", 1)[1].split("<S>", 1)[0].splitlines()
    small = STACKED
    for line in lines:
        if not line.startswith("---"):
            small = small.replace(line, line.title())
    cells = cells_of(table_section(tmp_path, small))
    assert [c.upper() for c in cells[0]] == STACKED_CELLS[0]
    assert cells[1:] == STACKED_CELLS[1:]


def test_a_cell_wider_than_its_column_s_mark_keeps_its_column(tmp_path: Path) -> None:
    """<C> set at the right of each column, over right-aligned cells: a cell wider than
    the mark (a CUSIP) starts left of it but runs across it, and stays in its column."""
    body = (
        "6.   THE NOTES.\n\n     The Notes sought are these.\n\n<TABLE>\n<CAPTION>\n"
        "                                                CUSIP       Fixed\n"
        "Title of Security                              Number      Spread\n"
        "                                            ---------    --------\n"
        "<S>                                               <C>         <C>\n"
        "  7.25% Senior Notes due 2013 ..........    31520KAA9     +80 bps\n"
        "  6.50% Senior Notes due 2016 ..........    31520KAB7    +110 bps\n"
        "</TABLE>\n\n     We will pay promptly.\n"
    )
    assert cells_of(table_section(tmp_path, body)) == [
        ["Title of Security", "CUSIP Number", "Fixed Spread"],
        ["7.25% Senior Notes due 2013", "31520KAA9", "+80 bps"],
        ["6.50% Senior Notes due 2016", "31520KAB7", "+110 bps"],
    ]


def test_stacked_column_names_after_the_column_marks_with_no_caption_or_rule(
    tmp_path: Path,
) -> None:
    """Names set after the <S>/<C> line, with neither <CAPTION> nor a rule under them, are
    still the header: "Number of" alone over its column was taken as the header and "Name
    / Position / Eligible Options" as a row of the table (filed so in the restated row)."""
    table = """\
6.   OUTSTANDING GRANTS HELD BY EXECUTIVE OFFICERS.

     The following table sets forth the options held by our executive officers.

<TABLE>
<S>                                <C>                          <C>
                                                                 Number of
Name                               Position                     Eligible Options
Marisa K. Delacroix                Chief Executive Officer          240,000
Owen T. Halberg                    Chief Financial Officer(1)       120,000
</TABLE>
"""
    assert cells_of(table_section(tmp_path, table)) == [
        ["Name", "Position", "Number of Eligible Options"],
        ["Marisa K. Delacroix", "Chief Executive Officer", "240,000"],
        ["Owen T. Halberg", "Chief Financial Officer(1)", "120,000"],
    ]


def test_a_table_of_names_alone_keeps_every_row(tmp_path: Path) -> None:
    """A table with no figure in any row has no lines to tell its names from its rows by:
    every line stays a row."""
    table = """\
6.   OUR EXECUTIVE OFFICERS.

     Our executive officers are the following.

<TABLE>
<S>                                <C>
Marisa K. Delacroix                Chief Executive Officer
Owen T. Halberg                    Chief Financial Officer
</TABLE>
"""
    assert cells_of(table_section(tmp_path, table)) == [
        ["Marisa K. Delacroix", "Chief Executive Officer"],
        ["Owen T. Halberg", "Chief Financial Officer"],
    ]


def test_a_caption_of_a_group_of_rows_first_stays_a_row(tmp_path: Path) -> None:
    """A first line in the first column alone ("Executive Officers" over their rows) is a
    caption of the rows under it, not the names of the columns."""
    table = """\
6.   OUTSTANDING GRANTS.

     The following table sets forth the options held by our officers.

<TABLE>
<S>                                <C>                          <C>
Executive Officers
Marisa K. Delacroix                Chief Executive Officer          240,000
</TABLE>
"""
    assert cells_of(table_section(tmp_path, table))[0] == ["Executive Officers", "", ""]
