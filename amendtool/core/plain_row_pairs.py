"""A notice paragraph on a restated table read against the table's rows: each figure it
pairs ("is now 1,040. It was 1,000.", "from 2.5 to 12.0") must be one row's own old and new
figure. Both figures may be figures the table changes and still no row's change: paired by
value across the table, "Tranche 33 is now 1,040. It was 1,000." took the old figure of
another row (Tranche 33 was 1,033), and the check by values alone found nothing wrong."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, Finding
from amendtool.core.facts import Fact, extract_placed
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.model import CELL_BREAK
from amendtool.core.row_facts import paired_facts
from amendtool.core.segment import sentences

_TABLES = frozenset({ItemKind.REPLACE_TABLE, ItemKind.REPLACE_ROW})
_NUMERIC = frozenset({"money", "percent", "ratio", "count", "number"})
_NOW = re.compile(r"\bnow\b", re.I)
_WAS = re.compile(r"^\W*(?:it|they)\s+(?:was|were)\b", re.I)
_FROM = re.compile(r"\bfrom\W*$", re.I)
_TO = re.compile(r"^\W*to\W*$", re.I)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

Pair = tuple[Decimal, Decimal]


def check_row_pairs(amendment: Amendment) -> list[Finding]:
    """Each figure pair a restated table's paragraph states that no row of it changes."""
    findings = []
    for index, item in enumerate(amendment.change_items):
        if item.kind not in _TABLES or CELL_BREAK not in (item.new_text or ""):
            continue
        rows = _row_pairs(item)
        if not rows:
            continue
        counsel = item.plain_summary is not None
        text = item.plain_summary if counsel else amendment.plain_summary(item).text
        whose = "counsel's plain paragraph" if counsel else "the notice's plain paragraph"
        for (old, new), printed in _pairs_said(text or ""):
            if (old, new) in rows or not _of_the_table(old, new, rows):
                continue
            own = sorted(f"{o:,}" for o, n in rows if n == new)
            hint = f"; the row that is now {printed[1]} was {own[0]}" if own else ""
            message = (
                f"item {letter(index)}: {whose} states {printed[0]} to {printed[1]}, "
                f"which no row of the table changes{hint}"
            )
            findings.append(Finding(ERROR, "plain_facts", message, index))
    return findings


def _row_pairs(item: AmendmentItem) -> set[Pair]:
    pairs = set()
    for old, new in paired_facts(item, tuple(_NUMERIC)):
        a, b = _number(old.value), _number(new.value)
        if a is not None and b is not None:
            pairs.add((a, b))
    return pairs


def _of_the_table(old: Decimal, new: Decimal, rows: set[Pair]) -> bool:
    """Both figures are ones the table changes: an old figure and a new one."""
    return any(o == old for o, _ in rows) and any(n == new for _, n in rows)


def _pairs_said(text: str) -> list[tuple[Pair, tuple[str, str]]]:
    """(old, new) of each "… now X. It was Y." and "from Y to X" the paragraph states, with
    the figures as printed."""
    said = sentences(text)
    out: list[tuple[Pair, tuple[str, str]]] = []
    for n, sentence in enumerate(said):
        _, placed = extract_placed(sentence)
        figures = [(span, f) for span, f in placed if f.kind in _NUMERIC]
        following = said[n + 1] if n + 1 < len(said) else ""
        if _NOW.search(sentence) and figures and _WAS.search(following):
            _, after = extract_placed(following)
            olds = [f for _, f in after if f.kind in _NUMERIC]
            if olds:
                out += _pair(olds[0], figures[-1][1])
        for (one, was), ((two, _), now) in pairwise(figures):
            between = sentence[one[1] : two]
            if _FROM.search(sentence[: one[0]]) and _TO.match(between):
                out += _pair(was, now)
    return out


def _pair(old: Fact, new: Fact) -> list[tuple[Pair, tuple[str, str]]]:
    a, b = _last_number(old.text), _last_number(new.text)
    return [((a, b), (old.text, new.text))] if a is not None and b is not None else []


def _last_number(printed: str) -> Decimal | None:
    found = _NUMBER.findall(printed)
    return _number(found[-1]) if found else None


def _number(value: str) -> Decimal | None:
    found = _NUMBER.search(value)
    if not found:
        return None
    try:
        return Decimal(found.group(0).replace(",", "")).normalize()
    except InvalidOperation:
        return None
