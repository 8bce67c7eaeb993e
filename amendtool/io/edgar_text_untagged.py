"""EDGAR text tables set without <TABLE> tags: found by their layout and handed on as if
tagged, so their rows are rows (cited as counsel cites them) and not paragraphs.

A table is a run of columned lines: the column names over a dashed rule, two or more
rows that lead (by dots or a column's gap) to two or more figures, or two or more captions
that lead by dots to their values ("Record date ........ February 1, 2023"; a contents
entry, which leads to a page number, is no row). Blank lines under the
rule or between row groups do not end it; a blank line before prose does.
"""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled
from amendtool.io.edgar_text_headers import may_stand_over, stands_over
from amendtool.io.edgar_text_tables import TABLE_END, TABLE_START

# "----------      -----------": a rule under each column's name, apart by spaces
_COLUMN_RULE = compiled(r"^\s*[-=]{3,}(?:\s+[-=]{3,})+\s*$")
_LEADER = compiled(r"\.{4,}| \.{3}(?=  |\s*$)")
_ROW_GAP = compiled(r"\S {3,}\S")  # words apart by a column's gap
_FIGURE = compiled(r"^[$(]*\s?(?:\d[\d,]*(?:\.\d+)?|\.\d+)[)%]*$|^(?:—|–|-{1,2}|N/A|n/a|nil)$")
# "Record date ........ February 1, 2023": a caption, dots, and a value in words or figures
_LEADER_ROW = compiled(r"^\s*\S.*?\S ?\.{4,} ?(?P<value>\S.*?)\s*$")
_PAGE_LABEL = compiled(r"^(?:\d{1,4}|[ivxlcdm]{1,8}|[A-Z]{1,2}-\d{1,3})$", re.IGNORECASE)
_MAX_BLANKS = 2  # blank lines a table may hold between its rule, groups and rows
_MAX_NAMES = 3  # lines of column names over the rule or the first row


def untagged_tables(lines: list[str], tagged: bool, unsure: list[str] | None = None) -> list[str]:
    """The page's lines with each untagged table put between <TABLE> and </TABLE>.
    `tagged`: the page opens inside a <TABLE>. `unsure` is given each line over a table's
    rows that may or may not name its columns (left out of the table, as text)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if TABLE_START.match(line) or TABLE_END.match(line):
            tagged = bool(TABLE_START.match(line))
        ruled = bool(_COLUMN_RULE.match(line))
        if tagged or not (ruled or _opens_rows(lines, index)):
            out.append(line)
            index += 1
            continue
        if not ruled and not is_figure_row(line):  # captions leading to values: rows a line
            end = _leader_rows_end(lines, index)
        else:
            end = _table_end(lines, index + 1)
        body = [x for x in lines[index:end] if x.strip()]
        figures = body if not ruled and is_figure_row(line) else []  # rows names stand over
        names = 0  # the lines of column names (and a row group's name) just above
        while names < min(_MAX_NAMES, len(out)) and (
            out[-1 - names].strip()
            if ruled
            else _heads(out[-1 - names]) or stands_over(out[-1 - names], figures)
        ):
            names += 1
        above = out[-1 - names] if names < min(_MAX_NAMES, len(out)) else ""
        if unsure is not None and may_stand_over(above, figures):
            unsure.append(above)
        header = out[len(out) - names :]
        del out[len(out) - names :]
        out += ["<TABLE>", *header, *body, "</TABLE>"]
        index = end
    return out


def is_figure_row(line: str) -> bool:
    """A row of a table: a caption that leads to two or more figures."""
    text = _LEADER.sub(lambda m: " " * len(m.group(0)), line).strip()
    cells = re.split(r"\s{2,}", text)
    if len(cells) < 3:
        return False
    return all(_FIGURE.match(cell.replace("$ ", "$")) for cell in cells[-2:])


def is_leader_row(line: str) -> bool:
    """A caption that leads by dots to its value, which is no page number: a row of a
    two-column table set as text, not a contents entry."""
    match = _LEADER_ROW.match(line)
    return match is not None and not _PAGE_LABEL.match(match.group("value"))


def _opens_rows(lines: list[str], index: int) -> bool:
    """Two figure rows in a run (one may be a contents entry or a stray line), or two
    captions in a row that lead by dots to their values."""
    if is_leader_row(lines[index]) and not is_figure_row(lines[index]):
        following = _next_filled(lines, index + 1)
        near = following is not None and following <= index + 2  # one blank line between
        return near and following is not None and is_leader_row(lines[following])
    if not is_figure_row(lines[index]):
        return False
    following = _next_filled(lines, index + 1)
    while following is not None and not is_figure_row(lines[following]):
        if not _group_name(lines[following]):
            return False
        following = _next_filled(lines, following + 1)
    return following is not None


def _leader_rows_end(lines: list[str], index: int) -> int:
    """Where a run of captions leading by dots to their values ends: a printer sets them a
    line each, or with one blank line between ("Offeror ....", "", "Record date ....")."""
    end = position = index
    while position < len(lines):
        if is_leader_row(lines[position]):
            end = position = position + 1
        elif not lines[position].strip() and position + 1 < len(lines):
            if not is_leader_row(lines[position + 1]):
                break
            position += 1
        else:
            break
    return end


def _table_end(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines):
        if lines[end].strip():
            if not _goes_on(lines[end]):
                break
            end += 1
            continue
        after = _next_filled(lines, end)
        if after is None or not _row_follows(lines, after):
            break
        end = after
    return end


def _row_follows(lines: list[str], index: int) -> bool:
    """After a blank line the table goes on only with a row, or a group's name over one."""
    if is_figure_row(lines[index]) or _ROW_GAP.search(lines[index].strip()):
        return True
    following = index + 1
    return (
        _group_name(lines[index])
        and following < len(lines)
        and (is_figure_row(lines[following]) or bool(_ROW_GAP.search(lines[following].strip())))
    )


def _next_filled(lines: list[str], start: int) -> int | None:
    """The next line with text, across at most _MAX_BLANKS blank lines."""
    for index in range(start, min(len(lines), start + _MAX_BLANKS + 1)):
        if lines[index].strip():
            return index
    return None


def _heads(line: str) -> bool:
    """A line just above the rows that belongs to the table: column names apart by a
    column's gap, or a row group's name."""
    text = line.strip()
    if not text or _COLUMN_RULE.match(line):
        return False
    letters = [c for c in text if c.isalpha()]
    names = bool(letters) and all(c.isupper() for c in letters) and bool(_ROW_GAP.search(text))
    return names or _group_name(line)


def _group_name(line: str) -> bool:
    """ "FISCAL YEAR 2002": short, in capitals, no sentence."""
    text = line.strip()
    letters = [c for c in text if c.isalpha()]
    return (
        0 < len(text) <= 40
        and bool(letters)
        and all(c.isupper() for c in letters)
        and not text.endswith((".", ":", ";", ","))
    )


def _goes_on(line: str) -> bool:
    """A line under the rule is the table's: a row (words apart by a column's gap, leader
    dots), or a row group's name ("FISCAL YEAR 2002", short, no sentence), up to a blank."""
    text = line.strip()
    if not text:
        return False
    if _ROW_GAP.search(text) or _LEADER.search(text):
        return True
    return len(text) <= 40 and not text.endswith((".", ":", ";", ","))
