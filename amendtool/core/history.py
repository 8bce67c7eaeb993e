"""The offer as amended through any amendment of the series, each change marked with the
amendment that made it; between any two states (as filed, after No. 1, after No. 2 …).

Paragraphs are followed by their keys through the series (lineage.trace), and the text of
each is compared word by word from one state to the next, so every word shown as added or
taken out carries the number and date of the amendment that did it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from amendtool.core.apply import TextDocument
from amendtool.core.diffing import DELETE, EQUAL, INSERT
from amendtool.core.errors import shown_name, shown_path
from amendtool.core.extension import changes_terms
from amendtool.core.history_rows import paired_rows
from amendtool.core.lineage import trace
from amendtool.core.marking import marked_diff
from amendtool.core.offer_zone import series_zone
from amendtool.core.series import Series
from amendtool.core.series_amendment import reported_results
from amendtool.core.stated_deadlines import deadline_phrase, long_date
from amendtool.core.typography import fold_typography


@dataclass
class Span:
    """Words of the offer's history, shown as the amendment that added or took them out."""

    text: str
    amendment: int | None = None  # the amendment that added (or took out) the words
    deleted: bool = False
    # words taken out that a later state had put in: the amendment that put them in, so that
    # rejecting every change takes them out again (None: words of the first state shown)
    added_by: int | None = None


@dataclass
class Entry:
    """A heading or paragraph as it stands after the last state shown, with its marks."""

    key: str
    spans: list[Span]
    heading: bool = False
    deleted_by: int | None = None  # the whole paragraph (or section) was taken out
    inserted_by: int | None = None  # … or put in

    @property
    def amendments(self) -> list[int]:
        numbers = {s.amendment for s in self.spans if s.amendment is not None}
        numbers.update(s.added_by for s in self.spans if s.added_by is not None)  # since gone
        numbers.update(n for n in (self.deleted_by, self.inserted_by) if n is not None)
        return sorted(numbers)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans if not s.deleted)


@dataclass
class History:
    """The offer's text through every amendment of a series, with each amendment's date."""

    entries: list[Entry] = field(default_factory=list)
    dates: dict[int, dt.date | None] = field(default_factory=dict)  # number: its date
    drafts: set[int] = field(default_factory=set)  # amendments not yet filed


def amendment_label(number: int, marks: History) -> str:
    """'Amendment No. 2, April 7, 2026'; an amendment not yet filed says so, for what it
    changed is no part of any filed state of the offer."""
    date = marks.dates.get(number)
    label = f"Amendment No. {number}" + (f", {long_date(date)}" if date else "")
    return label + (" (draft, not filed)" if number in marks.drafts else "")


def state_title(series: Series, through: int, since: int = 0) -> str:
    """'as amended through Amendment No. 3 (a draft, not yet filed), marked to show …'."""
    drafts = {a.number for a in series.amendments if not a.locked}
    state = f"as amended through Amendment No. {through}"
    if through in drafts:
        state += " (a draft, not yet filed)"
    if since:
        state += f", marked to show the changes made after Amendment No. {since}"
    return state


def states(series: Series, through: int) -> list[tuple[int, TextDocument]]:
    """(0, as filed), then (number, the offer as amended through it) for each amendment
    up to Amendment No. `through`, paragraphs keyed alike from state to state."""
    out: list[tuple[int, TextDocument]] = [(0, TextDocument.from_document(series.original))]
    for index, amendment in enumerate(series.amendments):
        if amendment.number > through:
            break
        text, _ = trace(
            series.original, [series.earlier(a) for a in series.amendments[: index + 1]]
        )
        out.append((amendment.number, text))
    return out


def history(series: Series, through: int, since: int = 0) -> History:
    """The offer as amended through `through`, marked with every change made after the
    state `since` (0: as filed)."""
    chain = [(n, t) for n, t in states(series, through) if n >= since]
    if not chain:
        return History()
    first = chain[0][1]
    entries: dict[str, Entry] = {}
    order: list[str] = []
    for section in first.sections:
        order += _section_keys(section.id, section.origins)
        heading = _spans(section.heading)
        entries[f"h:{section.id}"] = Entry(f"h:{section.id}", heading, True)
        for key, text in zip(section.origins, section.paragraphs, strict=True):
            entries[key or ""] = Entry(key or "", [Span(text)])
    for number, state in chain[1:]:
        order = _step(state, number, entries, order)
    # only the amendments whose changes are shown: the legend names what it marks
    shown = [a for a in series.amendments if since < a.number <= through]
    dates = {a.number: a.date for a in shown}
    drafts = {a.number for a in shown if not a.locked}
    return History([entries[k] for k in order if k in entries], dates, drafts)


def legend(marks: History) -> str:
    """'[1] Amendment No. 1, April 4, 2026; [2] …': the amendments whose changes are shown."""
    return "; ".join(f"[{n}] {amendment_label(n, marks)}" for n in sorted(marks.dates))


def _spans(text: str, number: int | None = None) -> list[Span]:
    """A text's one span; none for no text (the cover page prints no heading), so the
    history shows nothing of it: no label of ours, not even an empty paragraph."""
    return [Span(text, number)] if text.strip() else []


def _section_keys(section_id: str, origins: list[str | None]) -> list[str]:
    return [f"h:{section_id}", *(o or "" for o in origins)]


def _step(
    state: TextDocument, number: int, entries: dict[str, Entry], order: list[str]
) -> list[str]:
    """Mark what Amendment No. `number` changed; its new paragraphs go after the paragraph
    they follow, and paragraphs it took out stay in place, struck."""
    present: list[str] = []
    for section in state.sections:
        heading_key = f"h:{section.id}"
        present.append(heading_key)
        _update(entries, heading_key, section.heading, number, heading=True)
        for key, text in zip(section.origins, section.paragraphs, strict=True):
            present.append(key or "")
            _update(entries, key or "", text, number)
    alive = set(present)
    for key in order:
        entry = entries.get(key)
        if key not in alive and entry is not None and entry.deleted_by is None:
            entry.deleted_by = number
            entry.spans = [
                s if s.deleted else Span(s.text, number, True, s.amendment)
                for s in entry.spans
                if s.text
            ]
    merged: list[str] = []
    gone = [k for k in order if k not in alive]
    previous_alive: dict[str, list[str]] = {}
    last: str | None = None
    for key in order:
        if key in alive:
            last = key
        else:
            previous_alive.setdefault(last or "", []).append(key)
    merged += previous_alive.get("", [])
    for key in present:
        merged.append(key)
        merged += previous_alive.get(key, [])
    del gone
    return paired_rows(merged, entries, number, _marked)  # a restated table, row by row


def _update(
    entries: dict[str, Entry], key: str, text: str, number: int, heading: bool = False
) -> None:
    entry = entries.get(key)
    if entry is None:
        entries[key] = Entry(key, _spans(text, number), heading, inserted_by=number)
        return
    if fold_typography(entry.text) == fold_typography(text):
        return
    entry.spans = _marked(entry.spans, text, number)


def _marked(spans: list[Span], new: str, number: int) -> list[Span]:
    """The spans of a text edited into `new`: words kept keep their marks, words added are
    Amendment No. `number`'s, words taken out stay, struck, as its."""
    live = [s for s in spans if not s.deleted]
    old = "".join(s.text for s in live)
    out: list[Span] = []
    cursor = 0  # position in `old`
    queue = list(spans)

    def take(length: int, deleted: bool) -> None:
        nonlocal cursor
        while length > 0 and queue:
            span = queue[0]
            if span.deleted:
                out.append(queue.pop(0))
                continue
            piece = span.text[:length]
            rest = span.text[length:]
            if deleted:
                out.append(Span(piece, number, True, span.amendment))
            else:
                out.append(Span(piece, span.amendment))
            if rest:
                queue[0] = Span(rest, span.amendment, span.deleted, span.added_by)
            else:
                queue.pop(0)
            length -= len(piece)
            cursor += len(piece)

    for op, text in marked_diff(old, new):
        if op == EQUAL:
            take(len(text), deleted=False)
        elif op == DELETE:
            take(len(text), deleted=True)
        elif op == INSERT:
            while queue and queue[0].deleted:
                out.append(queue.pop(0))
            out.append(Span(text, number))
    out += queue
    return _joined(out)


def _joined(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last and (last.amendment, last.deleted, last.added_by) == (
            span.amendment,
            span.deleted,
            span.added_by,
        ):
            out[-1] = Span(last.text + span.text, span.amendment, span.deleted, span.added_by)
        elif span.text:
            out.append(span)
    return out


def series_lines(series: Series) -> list[str]:
    """The series as `amendtool history` prints it: the offer as filed, then each amendment
    with its status, date, kind, items and where its outputs were written."""
    first = next((a.filing for a in series.amendments if a.filing is not None), None)
    title = first.document_title if first else "Offer to Exchange"
    dated = f", dated {long_date(first.document_date)}," if first else ""
    filed = f" on {long_date(first.statement_filed)}" if first else ""
    source = f" ({shown_name(Path(series.original.source).name)})" if series.original.source else ""
    lines = [f"{title}{dated} as filed{filed}{source}"]
    for amendment in series.amendments:
        date = long_date(amendment.date) if amendment.date else "no valid filing details"
        what = amendment.kind.value
        if amendment.kind.value == "extension" and amendment.filing is not None:
            said = series_zone(series, amendment.filing.time_zone)
            what += f" to {deadline_phrase(amendment.filing.expiration_local, zone_said=said)}"
            if changes_terms(amendment.items):  # not only an extension
                what += ", and change of terms"
        changes = sum(1 for i in amendment.items if i.kind.value != "file_exhibit")
        held = f"; {changes} change{'s' if changes != 1 else ''}"
        if amendment.kind.value == "results":  # what it reports, named once: not "0 changes"
            reported = reported_results(amendment.results, amendment.filing, series.original)
            what += f" (final amendment): {reported}"
            held = held if changes else ""
        status = f"{amendment.status.value:<5}"
        line = f"  Amendment No. {amendment.number}  {status}  {date}  {what}{held}"
        folder = amendment.outputs.get("folder")
        if folder:
            line += f"; outputs in {shown_path(folder)}"
        lines.append(line)
    return lines
