"""A finding of the checks: severity, a code, the message, and the item it concerns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amendtool.core.items import letter
from amendtool.core.pattern_store import compiled

# errors stop `export` unless counsel overrides; warnings never do; notes say what the
# checks relied on (counsel's classification, a rule to keep in mind)
ERROR, WARNING, NOTE = "error", "warning", "note"


@dataclass(frozen=True)
class Finding:
    """One problem a check found, how serious, and the item it is about (None: the filing)."""

    severity: str
    code: str
    message: str
    item: int | None = None  # index into the amendment's change items

    @property
    def label(self) -> str:
        return f"item {letter(self.item)}" if self.item is not None else "filing"


_ABOUT_ITEM = compiled(r"^item ([A-Z]+): (.*)$", re.S)
MOST_ITEMS_APART = 3  # more items than this with the same words: one line naming each
MOST_RUNS_NAMED = 12  # past this many runs of items, the rest are counted, not named


def said_once(lines: list[tuple[str, str]]) -> list[str]:
    """'label: message' lines, the same words about many items said once ("warning: in 231
    items, … (items A-C, E, …)"): a long revision otherwise prints a screen of identical lines,
    and the one finding that differs is lost in it. Each line stays where it is said (the
    findings come in item-letter order), a line said once for many items where it is first
    said."""
    return [line for line, _ in _said_once([(label, message, None) for label, message in lines])]


def _said_once(lines: list[tuple[str, str, int | None]]) -> list[tuple[str, int | None]]:
    """said_once, each line with the item it is about (a line for many items: the first)."""
    said: dict[tuple[str, str], list[str]] = {}
    parsed: list[tuple[str, str, str, int | None]] = []
    for label, message, index in lines:
        about = _ABOUT_ITEM.match(message)
        text, item = (about.group(2), about.group(1)) if about else (message, "")
        said.setdefault((label, text), []).append(item)
        parsed.append((label, text, item, index))
    out: list[tuple[str, int | None]] = []
    collapsed: set[tuple[str, str]] = set()
    for label, text, item, index in parsed:
        named = [each for each in said[(label, text)] if each]
        if len(named) <= MOST_ITEMS_APART:
            out.append((f"{label}: {f'item {item}: ' if item else ''}{text}", index))
        elif (label, text) not in collapsed:
            collapsed.add((label, text))
            out.append(
                (f"{label}: in {len(named):,} items, {text} (items {item_runs(named)})", index)
            )
    return out


def in_letter_order(findings: list[Finding]) -> list[Finding]:
    """The findings as counsel reads them: those about the filing as a whole first, then
    those about items in item-letter order (the letters follow the offer, so this is its
    order too); each item's own findings, and the filing's, in the order the checks found
    them."""
    return sorted(findings, key=lambda finding: -1 if finding.item is None else finding.item)


def findings_said(findings: list[Finding]) -> list[str]:
    """The findings as export says them, one 'severity: message' line each, the same words
    about many items said once. The command prints these lines and the app lists them before
    it writes and after: one source, so neither says less. An error stays an error when
    counsel writes the files despite it (--force, Export Anyway, a draft): what is not ready
    to file is never called a warning."""
    return [line for line, _ in findings_listed(findings)]


def findings_listed(findings: list[Finding]) -> list[tuple[str, int | None]]:
    """findings_said, each line with the item it is about (a line naming many items: the
    first of them): the app's Checks list says these lines, in the command's words, and
    selects the item of the line counsel clicks."""
    return _said_once([(f.severity, f.message, f.item) for f in findings])


def _index(item: str) -> int:
    """The inverse of `letter`: A is 0, Z 25, AA 26."""
    index = 0
    for char in item:
        index = index * 26 + ord(char) - ord("A") + 1
    return index - 1


def item_runs(items: list[str]) -> str:
    """Items named by runs ("A-D, F, H, I, Z-AB"), the first MOST_RUNS_NAMED runs and the
    rest counted: a 1,000-item revision named every letter from A to ALL in one line."""
    indexes = sorted({_index(item) for item in items})
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    named: list[str] = []
    for run in runs[:MOST_RUNS_NAMED]:
        if len(run) > 2:
            named.append(f"{letter(run[0])}-{letter(run[-1])}")
        else:
            named += [letter(index) for index in run]
    rest = sum(len(run) for run in runs[MOST_RUNS_NAMED:])
    return ", ".join(named) + (f", and {rest:,} more" if rest else "")


def lettered_items(count: int) -> str:
    """The letters of an amendment's `count` items, as a reader says them: "no items",
    "item A", "items A and B", "items A to F" (a run of one item is never "A to A")."""
    if count <= 0:
        return "no items"
    if count == 1:
        return "item A"
    joiner = " and " if count == 2 else " to "
    return f"items A{joiner}{letter(count - 1)}"
