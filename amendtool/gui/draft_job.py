"""Work done off the UI thread: drafting the items from the draft, then reviewing them
(marks, checks, preview), so the item list is current as soon as the items are.

Each job gets a snapshot (documents are never changed in place, item lists are replaced, not
edited) and hands back plain Python data; only the UI thread touches widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from amendtool.core.draft_text import TextBlock, document_from_blocks
from amendtool.core.errors import AmendtoolError
from amendtool.core.filing import FilingDetails
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.lineage import SeriesContext
from amendtool.core.model import Document
from amendtool.core.review import ChangeMap, change_map
from amendtool.gui.background import Job


@dataclass
class DraftOutcome:
    generation: int
    revised: Document
    items: list[AmendmentItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    blocks: list[TextBlock] = field(default_factory=list)  # what was drafted from
    abandoned: bool = False  # given up for newer text: nothing of it is shown


def kept_items(shown: list[AmendmentItem], drafted: list[AmendmentItem]) -> list[AmendmentItem]:
    """The drafted items, each one equal to an item already shown (the same change, with the
    same wording, class and place) being that item itself: what typing did not touch keeps
    its identity, so the panels redo only the rows and marks of the items that changed."""
    waiting: dict[tuple[str, str, str], list[AmendmentItem]] = {}
    for item in shown:
        waiting.setdefault((item.kind.value, item.old_text, item.new_text), []).append(item)
    out = []
    for item in drafted:
        same = waiting.get((item.kind.value, item.old_text, item.new_text), [])
        match = next((k for k, old in enumerate(same) if old == item), None)
        out.append(item if match is None else same.pop(match))
    return out


class DraftJob(Job):
    def __init__(
        self,
        generation: int,
        original: Document,
        blocks: list[TextBlock],
        series: SeriesContext | None = None,
        known: list[Document] | None = None,
        previous: Document | None = None,
    ) -> None:
        super().__init__()
        self.generation, self.original, self.blocks = generation, original, blocks
        self.series = series  # in a series: the earlier amendments, cited through
        self.known, self.previous = known or [], previous  # see core/draft_structure.py
        self.stop = threading.Event()  # newer text is waiting: give up between sections

    def work_off_thread(self) -> None:
        from amendtool.core.drafting import Abandoned, draft_items

        revised = document_from_blocks(self.blocks, self.original, self.known, self.previous)
        try:
            result = draft_items(self.original, revised, None, self.series, self.stop.is_set)
            outcome = DraftOutcome(self.generation, revised, result.items, result.notes)
        except Abandoned:
            outcome = DraftOutcome(self.generation, revised, abandoned=True)
        except AmendtoolError as exc:
            outcome = DraftOutcome(self.generation, revised, error=str(exc))
        outcome.blocks = self.blocks
        self.outcome = outcome


@dataclass
class ReviewOutcome:
    generation: int
    findings: list = field(default_factory=list)  # type: ignore[type-arg]
    filing_html: str = ""
    notice_html: str = ""
    changes: ChangeMap | None = None  # where each item shows in the panes
    stopped: bool = False  # given up for newer items: nothing of it is shown


class ReviewJob(Job):
    """Where the items show in the panes, the checks, and the preview of the filing and the
    notice, for one state of the items (the item list itself is shown before this runs)."""

    def __init__(
        self,
        generation: int,
        original: Document,
        revised: Document,
        items: list[AmendmentItem],
        filing: FilingDetails | None,
        notes: list[str],
        extras: dict[str, Any] | None = None,
        speller: Any = None,
        curly: bool = True,
    ) -> None:
        """`speller`: the draft's word lists (gui/spelling.py), once loaded; `curly`: the
        house style's quotation marks, as the .docx and the PDF print them."""
        super().__init__()
        self.generation = generation
        self.state = (original, revised, items, filing, notes, extras or {})
        self.speller = speller
        self.curly = curly
        self.stop = threading.Event()  # newer items are being drafted: give up

    def work_off_thread(self) -> None:
        try:
            self.outcome = review(
                self.generation,
                *self.state,
                stop=self.stop.is_set,
                speller=self.speller,
                curly=self.curly,
            )
        except Exception as exc:  # a check that fails must say so, never look clean
            from amendtool.core.checks import ERROR, Finding

            self.outcome = ReviewOutcome(
                self.generation, [Finding(ERROR, "internal", f"the checks did not run ({exc})")]
            )


def review(
    generation: int,
    original: Document,
    revised: Document,
    items: list[AmendmentItem],
    filing: FilingDetails | None,
    notes: list[str],
    extras: dict[str, Any] | None = None,
    stop: Callable[[], bool] = lambda: False,
    speller: Any = None,
    curly: bool = False,
) -> ReviewOutcome:
    """`extras`: what an amendment of a series knows besides its items (Amendment's series,
    kind, extended_from, results_data). `stop` is asked between the steps: a review of items
    that counsel's typing has already replaced is given up rather than finished, so that the
    draft of the newer text has the interpreter to itself. `speller` (once loaded): words
    of the items' new text it does not know are warned of. `curly`: the preview's quotation
    marks are those the .docx and PDF print (the house style), as it shows the filing."""
    from amendtool.core.amendment import Amendment
    from amendtool.core.checks import ChecksStopped, check_consistency, run_checks
    from amendtool.core.findings import in_letter_order

    marks = change_map(original, items)
    if stop():
        return ReviewOutcome(generation, stopped=True)
    if filing is None:
        changes = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
        found = check_consistency(original, revised, changes)
        if stop():  # the items are being drafted anew: the newer draft has the interpreter
            return ReviewOutcome(generation, stopped=True)
        found += _spelling(changes, speller)
        return ReviewOutcome(generation, in_letter_order(found), changes=marks)
    from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
    from amendtool.io.edgar_writer import blocks_to_html

    amendment = Amendment(original, revised, items, filing, notes, **(extras or {}))
    try:
        findings = run_checks(amendment, stop)  # given up between two checks
        findings = in_letter_order(findings + _spelling(amendment.change_items, speller))
    except ChecksStopped:
        return ReviewOutcome(generation, stopped=True)
    filing_html = blocks_to_html(_printed(schedule_to_blocks(amendment), curly), "Filing")
    if stop():
        return ReviewOutcome(generation, stopped=True)
    notice_html = blocks_to_html(_printed(notice_blocks(amendment), curly), "Notice")
    return ReviewOutcome(generation, findings, filing_html, notice_html, marks)


def _printed(blocks: list[Any], curly: bool) -> list[Any]:
    """The blocks with the quotation marks they print with (core/typography.py)."""
    if not curly:
        return blocks
    from dataclasses import replace

    from amendtool.core.typography import curly_quotes

    return [
        replace(b, text=curly_quotes(b.text), cells=tuple(curly_quotes(c) for c in b.cells))
        for b in blocks
    ]


def _spelling(items: list[AmendmentItem], speller: Any) -> list[Any]:
    """Words of the items' new text the draft's speller does not know (none until loaded)."""
    if speller is None:
        return []
    from amendtool.gui.spelling import spelling_findings

    return spelling_findings(items, speller)
